/** Windows-1254 (Turkish code page) bytes of a text made of ASCII and Turkish letters, as old Windows tools save it. */
export function encodeWindows1254(text: string): Buffer {
  const map: Record<string, number> = { '–': 0x96, '’': 0x92, Ö: 0xd6, ö: 0xf6, Ğ: 0xd0, ğ: 0xf0, İ: 0xdd, ı: 0xfd, Ş: 0xde, ş: 0xfe, Ü: 0xdc, ü: 0xfc, Ç: 0xc7, ç: 0xe7 };
  return Buffer.from([...text].map((c) => {
    const code = map[c] ?? c.charCodeAt(0);
    if (code > 0xff) throw new Error(`no Windows-1254 byte for ${c}`);
    return code;
  }));
}
