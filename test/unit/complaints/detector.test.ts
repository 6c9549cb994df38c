import { describe, expect, it } from 'vitest';
import { detectComplaint } from '../../../src/core/complaints/detector.ts';

describe('complaint-like text detector', () => {
  it.each([
    ['третий день нет воды', 'water'],
    ['Третий день нет воды!!!', 'water'],
    ['су жоқ', 'water'],
    ['Үш күннен бері су жоқ', 'water'],
    ['no water for 3 days', 'water'],
    ['на улице Абая огромные ямы на дороге, не ремонтируют', 'roads'],
    ['мусор не вывозят уже неделю', 'waste'],
    ['пахнет газом в подъезде, авария?', 'gas'],
    ['света нет с утра', 'electricity'],
    ['power outage on our street', 'electricity'],
    ['батареи холодные, отопление не работает', 'heating'],
    ['скорая не приехала', 'health'],
    ['хочу подать жалобу', null],
    ['шағым түсіргім келеді', null],
  ])('when the text is %j, then it is a complaint about %s', (text, category) => {
    expect(detectComplaint(text)).toEqual({ categoryCode: category });
  });

  it.each([
    'когда выборы в Ойыле?',
    'кто кандидаты?',
    'Сайлау қашан болады?',
    'who won the election?',
    'привет',
    'вода',
    'спасибо, свет дали',
    'үй суық',
    '',
  ])('when the text is %j, then it is not claimed', (text) => {
    expect(detectComplaint(text)).toBeNull();
  });
});
