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
