import { describe, expect, it } from 'vitest';
import { isCapsOnlyLine, parseLabelRow } from '../../../src/ingest/label-rows.js';

describe('parseLabelRow', () => {
  it('splits the label in capitals from its cell', () => {
    expect(parseLabelRow('HAVA TRAFİK KONTROLÖRÜ Hava Trafik Kontrolörlüğü lisansına sahip olmak.')).toEqual({ label: 'HAVA TRAFİK KONTROLÖRÜ' });
    expect(parseLabelRow('ÇÖZÜMLEYİCİ, SİSTEM PROGRAMCISI Yükseköğretim kurumlarından mezun olmak')).toEqual({ label: 'ÇÖZÜMLEYİCİ, SİSTEM PROGRAMCISI' });
    expect(parseLabelRow('DENİZ TRAFİK BAŞKILAVUZU 1- Denizcilikle ilgili lisans düzeyinde')).toEqual({ label: 'DENİZ TRAFİK BAŞKILAVUZU' });
    expect(parseLabelRow('MEB: Milli Eğitim Bakanlığı')).toEqual({ label: 'MEB' });
  });

  it('refuses lines of other shapes', () => {
    expect(parseLabelRow('UZMAN TABİP')).toBeNull(); // a label without a cell
    expect(parseLabelRow('KAYITLI İŞSİZ 5.844 4.367 10.211')).toBeNull(); // figures, not text
    expect(parseLabelRow('Kamu kurum ve kuruluşları sözleşmeli personel')).toBeNull();
    expect(parseLabelRow('A B Cc dd')).toBeNull(); // too short to be a label and a cell
    expect(parseLabelRow('\tPİLOT Pilot lisansına sahip olmak.')).toBeNull(); // a tab-separated cell belongs to another table shape
  });
});

describe('isCapsOnlyLine', () => {
  it('accepts captions and column names, not text', () => {
    expect(isCapsOnlyLine('A –SÖZLEŞMELİ PERSONEL POZİSYON UNVANLARI')).toBe(true);
    expect(isCapsOnlyLine(' UNVANI')).toBe(true);
    expect(isCapsOnlyLine('Pilot lisansı')).toBe(false);
    expect(isCapsOnlyLine('   ')).toBe(false);
  });
});
