/** Longest stem kept: file systems allow 255 bytes, Turkish letters take two, and versioning adds "-2". */
const MAX_STEM_CHARS = 100;

export interface SanitizedName {
  name: string;
  /** Turkish reasons, one per change (empty when the name was already safe). */
  changes: string[];
}

/**
 * A name an uploader chose becomes a plain file name inside the uploads folder, and each change is said in words:
 * folders (`..\..\w.pdf`, also percent-encoded `..%2F..%2Fy.pdf`) are dropped, a leading dot (hidden file, `..pdf`)
 * removed, characters outside letters, digits, `.`, `_`, `-` replaced, a long name shortened (300 characters gave
 * ENAMETOOLONG with a temp path), the extension kept.
 */
export function sanitizeUploadName(raw: string): SanitizedName {
  const changes: string[] = [];
  let name = raw.normalize('NFC').replace(/[\u0000-\u001f\u007f\u00ad\u200b-\u200f\u2028-\u202e\u2060\ufeff]/g, '');
  if (name !== raw.normalize('NFC')) changes.push('görünmez ve denetim karakterleri silindi');
  const decoded = decodePercent(name);
  if (decoded !== name) {
    name = decoded;
    changes.push('yüzde kodlu karakterler çözüldü');
  }
  const segments = name.split(/[\\/]+/);
  const last = segments.pop() ?? '';
  if (segments.length > 0) changes.push('klasör kısmı atıldı (yalnızca dosya adı kullanılır)');
  name = last;
  const replaced = name.replace(/[^\p{L}\p{N}._-]+/gu, '-');
  if (replaced !== name) changes.push('harf, rakam, nokta, alt çizgi ve tire dışındaki karakterler "-" yapıldı');
  name = replaced.replace(/-{2,}/g, '-');
  const match = /^(.*?)(\.[\p{L}\p{N}]{1,8})?$/u.exec(name)!;
  let stem = match[1] ?? '';
  const ext = (match[2] ?? '').toLocaleLowerCase('tr-TR');
  const trimmed = stem.replace(/^[.\-_ ]+/, '').replace(/[.\-_ ]+$/, '');
  if (trimmed !== stem && /^[.]/.test(stem)) changes.push('baştaki nokta kaldırıldı (gizli dosya ya da üst klasör adı olmasın)');
  stem = trimmed;
  if (stem === '') {
    stem = 'belge';
    changes.push('adın kendisi boş kaldığı için "belge" adı verildi');
  }
  if ([...stem].length > MAX_STEM_CHARS) {
    stem = [...stem].slice(0, MAX_STEM_CHARS).join('').replace(/[.\-_]+$/, '');
    changes.push(`ad çok uzundu, ${MAX_STEM_CHARS} karaktere kısaltıldı`);
  }
  return { name: `${stem}${ext}`, changes };
}

function decodePercent(text: string): string {
  if (!/%[0-9a-fA-F]{2}/.test(text)) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/%2[fF]/g, '/').replace(/%5[cC]/g, '\\');
  }
}
