// Tests for the password rules.
import { describe, expect, it } from 'vitest';
import { passwordProblems, type PasswordProblem } from './password-policy';

const email = 'Ana.Popescu@example.ro';

describe('passwordProblems', () => {
  it.each<[string, string, PasswordProblem[]]>([
    ['a long enough one', 'ten characters exactly', []],
    ['0123456789', 'exactly ten characters', []],
    ['012345678', 'nine characters', ['too_short']],
    ['', 'empty', ['too_short']],
    ['ăîșțâăîșțâ', 'ten Romanian letters', []],
    ['😀😀😀😀😀', 'five emoji (ten UTF-16 units)', ['too_short']],
    ['😀'.repeat(10), 'ten emoji', []],
    ['x'.repeat(200), 'exactly 200 characters', []],
    ['x'.repeat(201), '201 characters', ['too_long']],
    ['😀'.repeat(150), '150 emoji (300 UTF-16 units)', []],
    ['ana.popescu@example.ro', 'the e-mail in another case', ['same_as_email']],
    ['  Ana.Popescu@example.ro ', 'the e-mail with spaces around', ['same_as_email']],
    ['ANA.POPESCU', 'the local part of the e-mail', ['same_as_email']],
    ['ana.pop', 'short and unrelated to the e-mail', ['too_short']],
    ['ana.popescu1', 'the local part plus a digit', []],
  ])('for %j (%s) reports %j', (password, _case, expected) => {
    expect(passwordProblems(password, email)).toEqual(expected);
  });

  it('reports both length and e-mail problems together', () => {
    expect(passwordProblems('ana', 'ana@example.ro')).toEqual(['too_short', 'same_as_email']);
  });

  it('does not treat any password as the e-mail when the e-mail is blank', () => {
    expect(passwordProblems('a long enough one', '  ')).toEqual([]);
  });
});
