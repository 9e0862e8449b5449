// Power to Choose spells some providers in capitals ("RHYTHM", "CHARIOT ENERGY") and others in
// mixed case ("Think Energy"). Shown side by side the capitals read as shouting and as more
// important, so names written wholly in capitals are shown in title case, keeping the short
// abbreviations a name really carries (TXU, SFE, LLC, TX). Names already in mixed case are the
// provider's own spelling and stay exactly as they are.

// Short all-capital words that are ordinary words, not abbreviations.
const WORDS = new Set(['CO', 'OF', 'THE', 'AND', 'GAS', 'NEW', 'MY', 'ONE']);

/** The name to show for a provider: its own spelling, or title case for an all-capitals name. */
export function displayProviderName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (/[a-z]/.test(trimmed) || !/[A-Z]{2}/.test(trimmed)) return trimmed;
  return trimmed
    .split(' ')
    .map((word) => {
      const letters = word.replace(/[^A-Z]/g, '');
      if (letters.length <= 3 && !WORDS.has(letters)) return word;
      return word.replace(/[A-Z]+/g, (run) => run[0] + run.slice(1).toLowerCase());
    })
    .join(' ');
}
