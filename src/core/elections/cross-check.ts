import type { ElectionData, ElectionInput } from './import-format.ts';

/** Ids that already exist in the database, so a file may refer to them without repeating them. */
export interface KnownIds {
  areaIds?: ReadonlySet<string>;
  personIds?: ReadonlySet<string>;
  electionIds?: ReadonlySet<string>;
}

function duplicates(list: { id: string }[], what: string, errors: string[]): void {
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) errors.push(`${what}[${i}].id: "${item.id}" is already used by ${what}[${first}]`);
    else seen.set(item.id, i);
  });
}

function checkAreaTree(data: ElectionData, known: KnownIds, errors: string[]): void {
  const parents = new Map(data.areas.map((a) => [a.id, a.parent]));
  data.areas.forEach((area, i) => {
    if (!area.parent) return;
    if (!parents.has(area.parent) && !known.areaIds?.has(area.parent)) {
      errors.push(`areas[${i}].parent: unknown area "${area.parent}"`);
      return;
    }
    const seen = new Set([area.id]);
    for (let p: string | undefined = area.parent; p; p = parents.get(p)) {
      if (seen.has(p)) {
        errors.push(`areas[${i}].parent: "${area.parent}" makes a cycle in the area tree`);
        return;
      }
      seen.add(p);
    }
  });
}

function checkElection(
  e: ElectionInput,
  i: number,
  ids: { areas: Set<string>; people: Set<string>; elections: Set<string> },
  errors: string[],
): void {
  const at = `elections[${i}]`;
  if (!ids.areas.has(e.area)) errors.push(`${at}.area: unknown area "${e.area}"`);
  if (e.replaces === e.id) errors.push(`${at}.replaces: an election cannot replace itself`);
  else if (e.replaces && !ids.elections.has(e.replaces)) errors.push(`${at}.replaces: unknown election "${e.replaces}"`);
  const persons = new Map<string, number>();
  const orders = new Map<number, number>();
  e.candidates.forEach((c, j) => {
    if (!ids.people.has(c.person)) errors.push(`${at}.candidates[${j}].person: unknown person "${c.person}"`);
    if (persons.has(c.person))
      errors.push(`${at}.candidates[${j}].person: "${c.person}" is listed twice (also candidates[${persons.get(c.person)}])`);
    persons.set(c.person, j);
    if (c.ballotOrder !== undefined) {
      if (orders.has(c.ballotOrder))
        errors.push(`${at}.candidates[${j}].ballotOrder: ${c.ballotOrder} is also candidates[${orders.get(c.ballotOrder)}]`);
      orders.set(c.ballotOrder, j);
    }
  });
  const r = e.results;
  if (!r) return;
  if (r.winner && !persons.has(r.winner)) errors.push(`${at}.results.winner: "${r.winner}" is not a candidate of this election`);
  const counted = e.candidates.reduce((s, c) => s + (c.votes ?? 0), 0) + (r.againstAll ?? 0) + (r.spoilt ?? 0);
  if (r.ballotsCast !== undefined && counted > r.ballotsCast) {
    errors.push(`${at}.results.ballotsCast: ${r.ballotsCast} is less than the votes, against all and spoilt ballots together (${counted})`);
  }
  if (r.electorate !== undefined && r.ballotsCast !== undefined && r.ballotsCast > r.electorate) {
    errors.push(`${at}.results.electorate: ${r.electorate} is less than ballotsCast (${r.ballotsCast})`);
  }
}

/** References between the parts of a file that zod cannot see: unknown ids, duplicates, cycles, sums. */
export function crossCheck(data: ElectionData, known: KnownIds): string[] {
  const errors: string[] = [];
  duplicates(data.areas, 'areas', errors);
  duplicates(data.people, 'people', errors);
  duplicates(data.elections, 'elections', errors);
  checkAreaTree(data, known, errors);
  const ids = {
    areas: new Set([...data.areas.map((a) => a.id), ...(known.areaIds ?? [])]),
    people: new Set([...data.people.map((p) => p.id), ...(known.personIds ?? [])]),
    elections: new Set([...data.elections.map((e) => e.id), ...(known.electionIds ?? [])]),
  };
  data.elections.forEach((e, i) => checkElection(e, i, ids, errors));
  return errors;
}

const records = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.map((x) => (x && typeof x === 'object' ? (x as Record<string, unknown>) : {})) : [];
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * The unknown-id checks of {@link crossCheck} on a file that failed its shape check, reading only the
 * fields that are strings, so one run reports type errors and reference errors together.
 */
export function referenceErrors(raw: unknown, known: KnownIds): string[] {
  const file = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const [areas, people, elections] = [records(file.areas), records(file.people), records(file.elections)];
  const ids = (list: Record<string, unknown>[], more?: ReadonlySet<string>) =>
    new Set([...list.map((x) => text(x.id)).filter((id) => id !== undefined), ...(more ?? [])]);
  const [areaIds, personIds, electionIds] = [ids(areas, known.areaIds), ids(people, known.personIds), ids(elections, known.electionIds)];
  const errors: string[] = [];
  areas.forEach((a, i) => {
    const parent = text(a.parent);
    if (parent && !areaIds.has(parent)) errors.push(`areas[${i}].parent: unknown area "${parent}"`);
  });
  elections.forEach((e, i) => {
    const [area, replaces] = [text(e.area), text(e.replaces)];
    if (area !== undefined && !areaIds.has(area)) errors.push(`elections[${i}].area: unknown area "${area}"`);
    if (replaces !== undefined && replaces !== text(e.id) && !electionIds.has(replaces))
      errors.push(`elections[${i}].replaces: unknown election "${replaces}"`);
    records(e.candidates).forEach((c, j) => {
      const person = text(c.person);
      if (person !== undefined && !personIds.has(person))
        errors.push(`elections[${i}].candidates[${j}].person: unknown person "${person}"`);
    });
  });
  return errors;
}
