// Folds text for searching: lower case, no diacritics, so "sarbu" finds "Șerban Șarbu".
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
