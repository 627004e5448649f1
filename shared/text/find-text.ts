/**
 * Finding a name from a part of it, typed as it comes to mind: "zoe" finds "Zoë Ångström", "ANGST"
 * and "ström zo" find her too, "obrien" finds "O’Brien", "jean luc" finds "Jean-Luc", "мария" finds
 * "Мария Иванова", "ｚｏｅ" (full-width) finds "Zoe". Each word typed must appear in the name, in any
 * order, or across its spaces and dashes ("jeanluc" finds "Jean-Luc").
 *
 * Set aside on both sides: case; accents on Latin, Greek and Cyrillic letters; Arabic and Hebrew vowel
 * signs and kana voicing marks; katakana or hiragana; the compatibility forms of letters; apostrophes,
 * dashes, other punctuation and invisible characters. Kept: every other letter and sign. In
 * Devanagari, Bengali, Thai and the like the vowel signs are part of what is written, so "कु" does not
 * find every "क".
 */

/** The words typed, as finding compares them; none when only spaces, marks or apostrophes were typed. */
export function wordsToFind(query: string): string[] {
  return foldForFinding(query)
    .split(' ')
    .filter((word) => word !== '');
}

/**
 * Whether a text holds every word of `query` (see wordsToFind); a query with no words finds everything.
 * A word may also run across the name's own spaces and dashes: "jeanluc" finds "Jean-Luc", "xiaoming"
 * finds "Xiao Ming", "عبدالله" finds "عبد الله".
 */
export function textFinder(query: string): (text: string) => boolean {
  const finds = foldedTextFinder(query);
  return (text) => finds(foldForFinding(text));
}

/** textFinder for texts already folded (foldForFinding), as a list folds its names once, not at each key. */
export function foldedTextFinder(query: string): (folded: string) => boolean {
  const words = wordsToFind(query);
  if (words.length === 0) return () => true;
  return (folded) => {
    const joined = folded.replaceAll(' ', '');
    return words.every((word) => folded.includes(word) || joined.includes(word));
  };
}

/** The text as finding compares it: lower case, marks and punctuation set aside, words one space apart. */
export function foldForFinding(text: string): string {
  return (
    text
      // "O’Brien" is "obrien", with any apostrophe or none (an acute accent typed for one too, before
      // the next step takes it apart); soft hyphens, zero-width characters and the text-or-emoji
      // selectors ("❤" and "❤️" are one heart) go.
      .replace(/['‘’ʼʻʹʾʿ′ꞌ`´\p{Cf}\uFE0E\uFE0F]/gu, '')
      // Compatibility forms unfolded (full-width letters, ligatures) and accents taken apart from their letters…
      .normalize('NFKD')
      .toLowerCase()
      // …then dropped where they are accents: lowering "İ" gives "i" with a dot above, which goes here too.
      .replace(/([\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}])\p{Mn}+/gu, '$1')
      .replace(/[\u064B-\u065F\u0670\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u3099\u309A]/gu, '')
      // A mark on no letter at all (a lone "´" typed) is nothing to find.
      .replace(/(^|[\s\p{P}])\p{Mn}+/gu, '$1')
      .replace(/[łøđðħŧıßæœþςىیةک]/gu, (letter) => plainLetters[letter] ?? letter)
      // Katakana as hiragana: a name written in either is found typed in either.
      .replace(/[\u30A1-\u30F6]/gu, (kana) => String.fromCodePoint((kana.codePointAt(0) ?? 0) - 0x60))
      // "Jean-Luc" is "jean luc", whatever the dash; "St. John" is "st john", "Marcel·la" is "marcel la"
      // (and, across the space, "marcella"): other punctuation parts words too.
      .replace(/[\p{P}\s]+/gu, ' ')
      .trim()
  );
}

/**
 * Letters no normalisation takes apart, as they are typed on keyboards without them ("Łukasz" as
 * "lukasz", "Søren" as "soren", "Straße" as "strasse"); Greek final sigma is a sigma; and the Arabic
 * letters that Arabic and Persian keyboards type differently, or that names spell either way.
 */
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
  ى: 'ي',
  ی: 'ي',
  ة: 'ه',
  ک: 'ك',
};
