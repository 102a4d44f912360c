import { describe, expect, it } from 'vitest';
import { containment, lshBands, minhashSignature, shingleHashes, signatureFromBytes, signatureSimilarity, signatureToBytes } from './minhash.js';

const words = (text: string): string[] => text.split(' ');
const BASE = words('وزیر امور خارجه کشورمان روز چهارشنبه در تهران با همتای ترکیه‌ای خود دیدار کرد و دو طرف بر گسترش همکاری‌های اقتصادی و منطقه‌ای تاکید کردند و درباره راه‌آهن مشترک رایزنی کردند');

function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  const setA = new Set(a);
  const shared = [...new Set(b)].filter((x) => setA.has(x)).length;
  return shared / (setA.size + new Set(b).size - shared);
}

describe('MinHash', () => {
  it.each([
    ['the same words', BASE],
    ['the last third trimmed', BASE.slice(0, 22)],
    ['a source line added', [...words('به گزارش ایسنا به نقل از ایرنا'), ...BASE]],
    ['another story', words('تیم ملی فوتبال ایران شامگاه پنجشنبه در دیدار رفت مرحله مقدماتی جام جهانی با دو گل از سد قطر گذشت و صدرنشین گروه شد')],
  ])('estimates the Jaccard similarity of %s within 0.15', (_, other) => {
    const a = shingleHashes(BASE);
    const b = shingleHashes(other);
    expect(Math.abs(signatureSimilarity(minhashSignature(a), minhashSignature(b)) - exactJaccard(a, b))).toBeLessThan(0.15);
  });

  it('gives equal sets equal signatures and bands, and survives storage', () => {
    const signature = minhashSignature(shingleHashes(BASE));
    expect(signatureFromBytes(signatureToBytes(signature))).toEqual(signature);
    expect(lshBands(signature)).toEqual(lshBands(minhashSignature(shingleHashes([...BASE]))));
    expect(lshBands(signature).every((band) => Number.isSafeInteger(band))).toBe(true);
  });

  it('sees a trimmed copy as contained in its origin', () => {
    expect(containment(0.5, 100, 50)).toBeCloseTo(1);
    expect(containment(0.1, 100, 100)).toBeCloseTo(0.18, 2);
  });

  it('shingles a text shorter than a shingle as one', () => {
    expect(shingleHashes(['سلام'])).toHaveLength(1);
    expect(shingleHashes([])).toHaveLength(0);
  });
});
