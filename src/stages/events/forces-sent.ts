import { matchKey } from '../clauses/match-key.js';

/** Nouns of sending (match keys): `اعزام کرد`، `گسیل داشت` — a deployment only when what is sent is a force. */
const SENDING: ReadonlySet<string> = new Set(['اعزام', 'گسیل'].map(matchKey));

/**
 * Beginnings of the nouns of armed forces and their arms (match keys, so every plural and ezafe form is
 * caught: `یگان‌های`، `نیروهای`، `ناوگروه`، `بمب‌افکن`).
 */
const FORCE_STEMS: readonly string[] = ['نیرو', 'یگان', 'گردان', 'تیپ', 'لشکر', 'هنگ', 'گروهان', 'سرباز', 'نظامی', 'رزمنده', 'تکاور', 'ناو', 'شناور',
  'زیردریایی', 'بمب', 'جنگنده', 'اسکادران', 'بالگرد', 'هلیکوپتر', 'پهپاد', 'تانک', 'زره', 'موشک', 'سامانه', 'توپخانه'].map(matchKey);

/** Whether a MOBILIZE trigger is a sending (`اعزام کرد`، `اعزام شد`، `گسیل داشت`) — its first word. */
export function isSending(words: readonly string[]): boolean {
  return words.length > 0 && SENDING.has(matchKey(words[0]));
}

/**
 * Whether the words `keys` (match keys of the clause before a verb of sending) name a force sent
 * (`یگان‌های تازه‌نفس را ... اعزام کرده است`): observers, an astronaut or a delegation sent are no
 * deployment (`آنکارا ناظرانی را ... اعزام خواهد کرد`، `یک فضانورد ایرانی را ... اعزام کند`).
 */
export function namesForce(keys: readonly string[]): boolean {
  return keys.some((k) => FORCE_STEMS.some((stem) => k.startsWith(stem)));
}

/** Words between a force noun and the country it came from (match keys): `ناوگروه‌های اعزامی روسیه`، `ناوگروه‌هایی از چین`. */
const SENT_FROM: ReadonlySet<string> = new Set(['اعزامی', 'از'].map(matchKey));

/**
 * Whether the country party beginning at `first` (the head of its list: `روسیه` of `روسیه و چین`) is named as
 * the home of forces sent — a force noun then `اعزامی` or the partitive `از` right before it (`ناوگروه‌های اعزامی روسیه و چین`،
 * `ناوگروه‌هایی از روسیه و چین`) — so that its forces were sent to where they are: a foreign navy's ships at an
 * exercise are MOBILIZE besides the host's COOPERATE, as the guide reads it ("ships sent MOBILIZE besides", DL, DM;
 * "foreign ships sent or docking do", DQ, DT). Observers (`ناظرانی از`) are no force.
 */
export function forcesFrom(keys: readonly string[], first: number): boolean {
  return first >= 2 && SENT_FROM.has(keys[first - 1]) && namesForce([keys[first - 2]]);
}
