/**
 * Finding a name from a part of it, typed as it comes to mind: "zoe" finds "Zoë Ångström", "ANGST"
 * and "ström zo" find her too, "мария" finds "Мария Иванова", "ｚｏｅ" (full-width) finds "Zoe".
 * Case, the marks set over or under letters (accents, Arabic vowel signs, kana voicing marks), the
 * compatibility forms of letters and the spacing are set aside on both sides; the letters themselves,
 * the script and emoji must be there. Each word typed must appear in the name, in any order.
 */

/** The text as finding compares it. */
export function foldForFinding(text: string): string {
  return (
    text
      // Compatibility forms unfolded (full-width letters, ligatures) and accents taken apart from their letters…
      .normalize('NFKD')
      .toLowerCase()
      // …then the marks dropped: lowering "İ" gives "i" with a dot above, which goes here too.
      .replace(/\p{Mn}/gu, '')
      // Letters no normalisation takes apart, typed as their plain letters on keyboards without them.
      .replace(/[łøđðħŧıßæœþς]/gu, (letter) => plainLetters[letter] ?? letter)
  );
}

/** "Łukasz" is found as "lukasz", "Søren" as "soren", "Straße" as "strasse"; Greek final sigma is a sigma. */
const plainLetters: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ŧ: 't',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ς: 'σ',
};

/** Whether a text holds every word of `query` (as foldForFinding compares them); a blank query finds everything. */
export function textFinder(query: string): (text: string) => boolean {
  const words = foldForFinding(query)
    .split(/\s+/u)
    .filter((word) => word !== '');
  if (words.length === 0) return () => true;
  return (text) => {
    const folded = foldForFinding(text);
    return words.every((word) => folded.includes(word));
  };
}
