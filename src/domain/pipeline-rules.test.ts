import { describe, expect, it } from 'vitest';
import { Conflict, ValidationFailed } from './errors';
import {
  isStatusNameTaken,
  orderProblem,
  planStatusRemoval,
  requireCompleteOrder,
} from './pipeline-rules';

const statuses = [
  { id: 's1', name: 'Lead nou' },
  { id: 's2', name: 'Câștigat' },
];

describe('isStatusNameTaken', () => {
  it.each([
    ['Lead nou', undefined, true],
    ['LEAD NOU', undefined, true],
    ['câȘtigat', undefined, true],
    ['Castigat', undefined, false],
    ['Lead', undefined, false],
    ['lead nou', 's1', false],
    ['lead nou', 's2', true],
  ])('says %j (renaming %s) is taken: %s', (name, exceptId, taken) => {
    expect(isStatusNameTaken(statuses, name, exceptId)).toBe(taken);
  });
});

describe('orderProblem', () => {
  const current = ['a', 'b', 'c'];
  it.each([
    [['c', 'a', 'b'], null],
    [['a', 'a', 'b', 'c'], { kind: 'duplicate', id: 'a' }],
    [['a', 'b', 'c', 'x'], { kind: 'unknown', id: 'x' }],
    [['a', 'c'], { kind: 'missing', ids: ['b'] }],
    [[], { kind: 'missing', ids: ['a', 'b', 'c'] }],
  ])('judges the order %j as %j', (proposed, problem) => {
    expect(orderProblem(current, proposed)).toEqual(problem);
  });
});

describe('planStatusRemoval', () => {
  const moduleStatusIds = ['s1', 's2', 's3'];
  it.each([
    ['an empty status', { cardCount: 0, moveTo: undefined }, { ok: true, moveCardsTo: null }],
    [
      'an empty status, moveTo given',
      { cardCount: 0, moveTo: 's2' },
      { ok: true, moveCardsTo: null },
    ],
    [
      'a status with cards and moveTo',
      { cardCount: 4, moveTo: 's3' },
      { ok: true, moveCardsTo: 's3' },
    ],
    [
      'a status with cards, no moveTo',
      { cardCount: 4, moveTo: undefined },
      { ok: false, problem: 'status_has_cards' },
    ],
    [
      'a move into itself',
      { cardCount: 4, moveTo: 's1' },
      { ok: false, problem: 'bad_move_target' },
    ],
    [
      'a move to another module',
      { cardCount: 4, moveTo: 'x9' },
      { ok: false, problem: 'bad_move_target' },
    ],
  ] as const)('plans the removal of %s', (_case, input, plan) => {
    expect(planStatusRemoval({ statusId: 's1', moduleStatusIds, ...input })).toEqual(plan);
  });

  it('never removes the last status of a module, even an empty one', () => {
    expect(
      planStatusRemoval({
        statusId: 's1',
        moduleStatusIds: ['s1'],
        cardCount: 0,
        moveTo: undefined,
      }),
    ).toEqual({ ok: false, problem: 'last_status' });
  });
});

describe('requireCompleteOrder', () => {
  it.each([
    ['an id twice', ['a', 'a', 'b'], ValidationFailed],
    ['an id that is not there', ['a', 'b', 'x'], ValidationFailed],
    ['a list missing an item', ['a'], Conflict],
  ])('refuses %s', (_case, proposed, error) => {
    expect(() => requireCompleteOrder(['a', 'b'], proposed, 'field')).toThrow(error);
  });

  it('accepts every current item once, in any order', () => {
    expect(() => requireCompleteOrder(['a', 'b'], ['b', 'a'], 'field')).not.toThrow();
  });
});
