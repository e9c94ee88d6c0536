import { describe, expect, it } from 'vitest';
import { routeToolQuestion, runTool, type IndicatorLookupOutput } from '../../../src/tools/index.js';
import { PLAN_STORE, TODAY } from './corpus.js';

const ANNUAL_8 = '8 yıllık hizmeti olan sözleşmeli personel kaç gün yıllık izin alır?';

describe('routeToolQuestion › tool calls', () => {
  it.each([
    [ANNUAL_8, 'leave', { kind: 'annual', years_of_service: 8 }],
    ['How many days of annual leave after 12 years of service?', 'leave', { kind: 'annual', years_of_service: 12 }],
    ['5 yıl 6 ay hizmetim var, yıllık iznim kaç gün?', 'leave', { kind: 'annual', years_of_service: 5.5 }],
    ['18 aylık hizmeti olan personel kaç gün yıllık izin alır?', 'leave', { kind: 'annual', years_of_service: 1.5 }],
    ['On yıllık hizmetim var, yıllık izin hakkım kaç gün?', 'leave', { kind: 'annual', years_of_service: 10 }],
    ['Sözleşmeli öğretmen yıllık izin kullanabilir mi?', 'leave', { kind: 'annual', contract_teacher: true }],
    ['Beklenen doğum tarihim 1 Mart 2026, doğum iznim ne zaman başlar?', 'leave', { kind: 'maternity', expected_birth_date: '2026-03-01' }],
    ['İkiz bebek bekliyorum, doğum tarihi 01.03.2026, doğum izni kaç hafta?', 'leave', { kind: 'maternity', expected_birth_date: '2026-03-01', multiple_pregnancy: true }],
    ['Doğum tarihim 15.05.2026; doktor raporuyla doğumdan 3 hafta öncesine kadar çalışırsam izin nasıl olur?', 'leave', { kind: 'maternity', expected_birth_date: '2026-05-15', work_until_weeks_before_birth: 3, doctor_report: true }],
    ['Doğum izni kaç hafta?', 'leave', { kind: 'maternity' }],
    ['Çocuğum 15 Haziran 2025 doğdu, süt izni ne zamana kadar?', 'leave', { kind: 'nursing', child_birth_date: '2025-06-15' }],
    ['Annem vefat etti, kaç gün izin alırım?', 'leave', { kind: 'excuse', event: 'death', relative: 'mother' }],
    ['Babaannem vefat etti, mazeret izni alabilir miyim?', 'leave', { kind: 'excuse', event: 'death', relative: 'grandparent' }],
    ['Eşim doğum yaptı, kaç gün izin verilir?', 'leave', { kind: 'excuse', event: 'birth', relative: 'spouse' }],
    ['Oğlumun düğünü var, kaç gün mazeret izni alırım?', 'leave', { kind: 'excuse', event: 'marriage', relative: 'child' }],
    ['My mother passed away, how many days of leave do I get?', 'leave', { kind: 'excuse', event: 'death', relative: 'mother' }],
    ['Bu yıl 40 gün hastalık raporu aldım, kaçı ücretli?', 'leave', { kind: 'sick', sick_days: 40 }],
    ['20 saat fazla mesai yaptım, kaç gün izin alırım?', 'leave', { kind: 'compensatory', overtime_hours: 20 }],
    ['I worked 20 hours of overtime, how many days off?', 'leave', { kind: 'compensatory', overtime_hours: 20 }],
    ['Aylık brüt 5.000 TL alan helikopter makinisti ücret tavanını aşıyor mu?', 'pay_cap', { position: 'HELİKOPTER MAKİNİSTİ', monthly_gross_pay: 5000 }],
    ['Pilot için ücret tavanı ne kadar?', 'pay_cap', { position: 'PİLOT' }],
    ['Mühendis pozisyonunda aylık brüt 2.500 TL ve yıllık 6.000 TL ayni menfaat tavanı aşar mı?', 'pay_cap', { position: 'MÜHENDİS', monthly_gross_pay: 2500, annual_other_benefits: 6000 }],
    ['Does a pilot with a monthly gross salary of 9000 TL exceed the pay cap?', 'pay_cap', { position: 'PİLOT', monthly_gross_pay: 9000 }],
    ['12 yıl çalıştım, aylık brüt ücretim 5.000 TL, hizmetime gerek kalmadığı için sözleşmem feshedildi; iş sonu tazminatım ne kadar?', 'severance', { monthly_gross_pay: 5000, years_of_service: 12, reason: 'position_not_needed' }],
    ['3 yıl çalıştım, brüt 4.000 TL, bir ay önceden haber vererek istifa edersem iş sonu tazminatı ne kadar?', 'severance', { monthly_gross_pay: 4000, years_of_service: 3, reason: 'resignation_with_notice' }],
    ['1.1.1 göstergesinin 2012 değeri nedir?', 'indicator_lookup', { code: '1.1.1', year: 2012 }],
    ['1.1.2 Ortaokul 2012 değeri nedir?', 'indicator_lookup', { code: '1.1.2', sub_row: 'Ortaokul', year: 2012 }],
    ['3.2.16 hedefi nedir?', 'indicator_lookup', { code: '3.2.16' }],
    ['Net okullaşma oranı ilkokulda 2019 hedefine ne kadar uzak?', 'indicator_lookup', { name: 'net okullasma orani', sub_row: 'İlkokul' }],
    ['Stratejik Hedef 1.1 maliyeti ne kadar?', 'indicator_lookup', { cost: '1.1' }],
  ] as const)('%s', (question, tool, args) => {
    expect(routeToolQuestion(question, [])).toEqual({ tool, args });
  });

  it('fills a change between years from a name', () => {
    const route = routeToolQuestion('Öğrenci başına okunan kitap sayısı 2012den 2014e nasıl değişti?', []);
    expect(route).toMatchObject({ tool: 'indicator_lookup', args: { from_year: 2012, to_year: 2014 } });
    const result = runTool('indicator_lookup', (route as { args: unknown }).args, { indicators: PLAN_STORE, today: TODAY });
    expect(result.ok && (result.output as IndicatorLookupOutput).matches[0]?.code).toBe('2.1.2');
  });
});

describe('routeToolQuestion › not a computation', () => {
  it.each([
    'Sözleşmeli personel dışarıda başka iş yapabilir mi?',
    'Madde 3 ne diyor?',
    'sözleşmeli personele kaç gün yıllık izin verilir?',
    'iş sonu tazminatı nasıl hesaplanır?',
    'Mazeret izni kaç gündür?',
    'Sektörel Mükemmeliyet Merkezleri Yönergesi neyi düzenler?',
  ])('%s → null', (question) => {
    expect(routeToolQuestion(question, [])).toBeNull();
  });
});

describe('routeToolQuestion › missing arguments', () => {
  it.each([
    ['Yıllık iznim kaç gün?', 'leave', ['years_of_service']],
    ['Aylık brüt 3.000 TL ücret tavanı aşıyor mu?', 'pay_cap', ['position']],
    ['5 yıl 6 ay çalıştım, brüt 4.000 TL, istifa edersem iş sonu tazminatı alır mıyım?', 'severance', ['resignation_notice']],
    ['İş sonu tazminatım ne kadar olur?', 'severance', ['monthly_gross_pay', 'years_of_service', 'reason']],
    ['Fazla mesai yaptım, kaç gün izin alırım?', 'leave', ['overtime_hours']],
  ] as const)('%s → missing %o', (question, tool, missing) => {
    const route = routeToolQuestion(question, []);
    expect(route).toMatchObject({ tool, missing });
    expect(route && 'message' in route ? route.message : '').toMatch(/eksik: .*Örnek soru: "/);
  });
});

describe('routeToolQuestion › follow-ups', () => {
  it.each([
    ['peki 12 yıl olsaydı?', [ANNUAL_8], { kind: 'annual', years_of_service: 12 }],
    ['10 yıl', ['Yıllık iznim kaç gün?'], { kind: 'annual', years_of_service: 10 }],
    ['what about 15 years?', ['How many days of annual leave after 12 years of service?'], { kind: 'annual', years_of_service: 15 }],
    ['peki ikiz olursa?', ['Beklenen doğum tarihim 1 Mart 2026, doğum iznim ne zaman başlar?'], { kind: 'maternity', expected_birth_date: '2026-03-01', multiple_pregnancy: true }],
  ] as const)('%s after %o', (question, history, args) => {
    expect(routeToolQuestion(question, [...history])).toEqual({ tool: 'leave', args });
  });

  it('keeps the indicator and changes the year', () => {
    expect(routeToolQuestion('peki 2013?', ['1.1.2 Ortaokul 2014 değeri nedir?'])).toEqual({
      tool: 'indicator_lookup',
      args: { code: '1.1.2', sub_row: 'Ortaokul', year: 2013 },
    });
  });

  it('a new unrelated question starts over', () => {
    expect(routeToolQuestion('Madde 3 ne diyor?', [ANNUAL_8])).toBeNull();
  });
});

describe('routeToolQuestion › invalid input reaches a Turkish message', () => {
  const context = { indicators: PLAN_STORE, today: TODAY };
  it.each([
    ['-3 yıl hizmetim var, yıllık iznim kaç gün?', 'years_of_service'],
    ['150 yıl hizmeti olan personel kaç gün yıllık izin alır?', 'years_of_service'],
    ['Beklenen doğum tarihim 31.02.2026, doğum iznim ne zaman başlar?', 'expected_birth_date'],
    ['ücretim bin beş yüz TL, pilot tavanı aşar mıyım?', 'monthly_gross_pay'],
    ['Astronot pozisyonunda aylık 3.000 TL tavanı aşar mı?', 'position'],
  ])('%s → error on %s', (question, field) => {
    const route = routeToolQuestion(question, []);
    expect(route && 'args' in route).toBe(true);
    const result = runTool(route!.tool, (route as { args: unknown }).args, context);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.field).toBe(field);
      expect(result.message).toMatch(/geçersiz: .+\. Kabul edilen örnek: /);
    }
  });
});
