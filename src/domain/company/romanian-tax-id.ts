// Romanian company tax id (CUI / CIF): format check, control digit and a canonical written form.

// ANAF's test key; the body is right-aligned to it, so short CUIs use only its last digits.
const TEST_KEY = '753217532';
const CUI_SHAPE = /^(?:RO)?(\d{2,10})$/;

/** Removes whitespace and upper-cases a leading 'RO'; does not validate. */
export function normalizeRomanianCui(input: string): string {
  const compact = input.replace(/\s+/g, '');
  return /^ro/i.test(compact) ? `RO${compact.slice(2)}` : compact;
}

/** The control digit ANAF expects after `body` (1 to 9 digits). */
export function romanianCuiControlDigit(body: string): number {
  let sum = 0;
  for (let i = 1; i <= body.length; i += 1) {
    sum += Number(body[body.length - i]) * Number(TEST_KEY[TEST_KEY.length - i]);
  }
  const rest = (sum * 10) % 11;
  return rest === 10 ? 0 : rest;
}

export function isValidRomanianCui(input: string): boolean {
  const digits = CUI_SHAPE.exec(normalizeRomanianCui(input))?.[1];
  if (digits === undefined) return false;
  const body = digits.slice(0, -1);
  return romanianCuiControlDigit(body) === Number(digits.slice(-1));
}
