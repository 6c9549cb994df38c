/**
 * Areas: the place tree and fuzzy place search, shared by elections, complaints and group setup.
 *
 *   const areas = await areaRepository.listAll();
 *   const pick = pickArea(searchAreas(areas, 'в Ойыле', { kinds: ['settlement', 'district'] }));
 *   if (pick.kind === 'one') use(pick.match.area); else if (pick.kind === 'many') askWithButtons(pick.matches);
 */
export * from './area.ts';
export * from './ports.ts';
export * from './normalize.ts';
export * from './search-areas.ts';
