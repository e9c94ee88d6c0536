import type { ToolQuestionCase } from './tool-question-set.js';

/**
 * A second set, written after the detectors were tuned on TOOL_QUESTIONS and run once before any change,
 * to see how the detectors do on phrasings they were not fitted to. Same format.
 */
export const HOLDOUT_QUESTIONS: ToolQuestionCase[] = [
  { phrasing: 'service', question: 'Bu kurumda 15 senedir sözleşmeli olarak görev yapıyorum, kaç gün yıllık izin kullanabilirim?', expected: { tool: 'leave', args: { kind: 'annual', years_of_service: 15 }, lead: /^30 gün/ } },
  { phrasing: 'service', question: '2 yıl 3 aylık sözleşmeli personelin yıllık izin süresi nedir?', expected: { tool: 'leave', args: { kind: 'annual', years_of_service: 2.25 } } },
  { phrasing: 'service', question: 'Dokuz yıldır 4/B sözleşmeliyim. Yıllık iznim kaç gün olur?', expected: { tool: 'leave', args: { kind: 'annual', years_of_service: 9 }, lead: /^20 gün/ } },
  { phrasing: 'family', question: 'Eşimin annesi vefat etti, mazeret izni kullanabilir miyim?', expected: { tool: 'leave', args: { kind: 'excuse', event: 'death' } } },
  { phrasing: 'family', question: 'Oğlumun nikahı cumartesi, kaç gün izin alabilirim?', expected: { tool: 'leave', args: { kind: 'excuse', event: 'marriage', relative: 'child' }, lead: /^3 gün/ } },
  { phrasing: 'family', question: 'Ablam vefat etti, izne çıkabilir miyim?', expected: { tool: 'leave', args: { kind: 'excuse', event: 'death', relative: 'sibling' }, lead: /^Evet/ } },
  { phrasing: 'family', question: 'Baba olacağım, sözleşmeli personel olarak kaç gün izin verilir?', expected: { tool: 'leave', args: { kind: 'excuse', event: 'birth', relative: 'spouse' }, lead: /^2 gün/ } },
  { phrasing: 'family', question: 'Amcam öldü, mazeret izni var mı?', expected: { tool: 'leave', args: { kind: 'excuse', event: 'death', relative: 'uncle_aunt' }, lead: /^Hayır/ } },
  { phrasing: 'yes-no', question: 'Sözleşmeli personel fazla mesai karşılığında izin alabilir mi?', expected: 'documents' },
  { phrasing: 'yes-no', question: 'Sözleşmeli personel ikiz doğumda ek doğum izni alır mı?', expected: { tool: 'leave', args: { kind: 'maternity', multiple_pregnancy: true }, lead: /^Evet/ } },
  { phrasing: 'amount', question: 'Uçuş teknisyenine aylık brüt 5.500 TL ödenebilir mi?', expected: { tool: 'pay_cap', args: { monthly_gross_pay: 5500 }, lead: /^Evet/ } },
  { phrasing: 'amount', question: 'Aylık brüt 3.500 TL alan sözleşmeli mühendis ücret tavanını aşıyor mu?', expected: { tool: 'pay_cap', args: { position: 'MÜHENDİS', monthly_gross_pay: 3500 }, lead: /^Evet/ } },
  { phrasing: 'amount', question: 'Tabip pozisyonu için en yüksek sözleşme ücreti ne kadar?', expected: { tool: 'pay_cap', args: { position: 'TABİP' }, lead: /^2\.884,00 TL/ } },
  { phrasing: 'situation', question: 'Emekliliğim nedeniyle ayrıldım, 20 yıl çalıştım, son brüt maaşım 9.000 TL idi, iş sonu tazminatı ne kadar olur?', expected: { tool: 'severance', args: { reason: 'pension', years_of_service: 20, monthly_gross_pay: 9000 }, lead: /^180\.000,00 TL/ } },
  { phrasing: 'situation', question: 'Mazeretsiz üç gün işe gelmediğim için sözleşmem feshedildi, 5 yıl çalıştım, brüt 6.000 TL; iş sonu tazminatı alır mıyım?', expected: { tool: 'severance', args: { reason: 'absence' }, lead: /^Hayır/ } },
  { phrasing: 'situation', question: 'Sözleşmem yenilenmedi, 3 yıl 6 ay çalıştım, aylık brüt ücretim 4.000 TL. Ne kadar iş sonu tazminatı alırım?', expected: { tool: 'severance', args: { reason: 'position_not_needed', years_of_service: 3.5, monthly_gross_pay: 4000 }, lead: /^14\.000,00 TL/ } },
  { phrasing: 'past-date', question: 'Çocuğum 3 Şubat 2025 doğdu, süt iznim ne zamana kadar sürer?', expected: { tool: 'leave', args: { kind: 'nursing', child_birth_date: '2025-02-03' } } },
  { phrasing: 'out-of-scope', question: 'Taşeron işçi olarak 3 yıldır çalışıyorum, yıllık izin hakkım kaç gün?', expected: { outOfScope: 'labour_act_worker' } },
  { phrasing: 'out-of-scope', question: 'Devlet memuru olan babam vefat etti, ben memurum, kaç gün izin alırım?', expected: { outOfScope: 'civil_servant' } },
  { phrasing: 'out-of-scope', question: 'Doçent olarak 12 yıldır çalışıyorum, yıllık iznim kaç gün?', expected: { outOfScope: 'academic_staff' } },
  { phrasing: 'out-of-scope', question: '4/C geçici personelin yıllık izni kaç gündür, 6 yıllık hizmeti var?', expected: { outOfScope: 'temporary_staff' } },
  { phrasing: 'out-of-scope', question: 'As a civil servant with 8 years of service, how many days of annual leave do I get?', expected: { outOfScope: 'civil_servant' } },
  { phrasing: 'not-a-tool', question: 'Sözleşmeli personelin yıllık izni hangi maddede düzenlenmiştir?', expected: 'documents' },
  { phrasing: 'not-a-tool', question: 'Hastalık raporu kimden alınmalıdır?', expected: 'documents' },
  { phrasing: 'not-a-tool', question: 'Kars’ta 2021 yılında kaç kişi işe yerleştirildi?', expected: 'documents' },
  { phrasing: 'in-word', question: 'Yönergenin uygulanmasında ölçüt olarak neler dikkate alınır?', expected: 'documents' },
  { phrasing: 'in-word', question: 'Öğrencilerin devamsızlık durumu olumsuz olursa ne yapılır?', expected: 'documents' },
  { phrasing: 'english', question: 'My sister is getting married, can I take excuse leave?', expected: { tool: 'leave', args: { kind: 'excuse', event: 'marriage', relative: 'sibling' }, lead: /^No: / } },
  { phrasing: 'english', question: 'I resigned with one month notice after 4 years; my gross pay is 5,000 TL. How much severance do I get?', expected: { tool: 'severance', args: { reason: 'resignation_with_notice', years_of_service: 4, monthly_gross_pay: 5000 } } },
];
