/**
 * Tool questions as people phrase them, written before the detectors were tuned. Each case says what the
 * tool layer must do with it:
 *  - { tool, args }       compute with these arguments (a subset: other arguments may be present),
 *  - { tool, missing }    ask for the missing facts,
 *  - 'documents'          not a computation: the documents answer it,
 *  - { outOfScope }       a computation for staff the tools do not cover: never a number under their rules.
 * `lead` is the start of the direct answer line a computed answer must begin with.
 */
export type Expected =
  | { tool: string; args: Record<string, unknown>; lead?: RegExp }
  | { tool: string; missing: string[] }
  | { outOfScope: string }
  | 'documents';

export interface ToolQuestionCase {
  phrasing: 'service' | 'yes-no' | 'family' | 'situation' | 'amount' | 'past-date' | 'out-of-scope' | 'not-a-tool' | 'english' | 'indicator' | 'follow-up' | 'in-word';
  question: string;
  history?: string[];
  expected: Expected;
}

export const TOOL_QUESTIONS: ToolQuestionCase[] = [
  // Length of service stated in many ways.
  { phrasing: 'service', question: '8 yıllık hizmeti olan sözleşmeli personel kaç gün yıllık izin alır?', expected: { tool: 'leave', args: { kind: 'annual', years_of_service: 8 }, lead: /^20 gün/ } },
  { phrasing: 'service', question: 'Kurumda 12 yıldır sözleşmeli çalışıyorum, kaç gün yıllık iznim var?', expected: { tool: 'leave', args: { kind: 'annual', years_of_service: 12 }, lead: /^30 gün/ } },
  { phrasing: 'service', question: "3 yıldır 4/B'li olarak çalışıyorum, yıllık izin hakkım ne kadar?", expected: { tool: 'leave', args: { kind: 'annual', years_of_service: 3 }, lead: /^20 gün/ } },
  { phrasing: 'service', question: 'On bir yıllık sözleşmeli personelim, yıllık izin kaç gün?', expected: { tool: 'leave', args: { kind: 'annual', years_of_service: 11 }, lead: /^30 gün/ } },
  { phrasing: 'service', question: 'Sözleşmeli personel olarak 6 aydır çalışıyorum, yıllık izne hakkım var mı?', expected: { tool: 'leave', args: { kind: 'annual', years_of_service: 0.5 }, lead: /^Hayır/ } },

  // Yes/no: does a rule apply to a group?
  { phrasing: 'yes-no', question: 'Sözleşmeli öğretmenler yıllık izin alabilir mi?', expected: { tool: 'leave', args: { kind: 'annual', contract_teacher: true }, lead: /^Hayır/ } },
  { phrasing: 'yes-no', question: 'Sözleşmeli personele süt izni verilir mi?', expected: { tool: 'leave', args: { kind: 'nursing' }, lead: /^Evet/ } },
  { phrasing: 'yes-no', question: 'Sözleşmeli personel hastalık izni kullanabilir mi?', expected: { tool: 'leave', args: { kind: 'sick' }, lead: /^Evet/ } },
  { phrasing: 'yes-no', question: 'Eşi doğum yapan sözleşmeli personel izin alabilir mi?', expected: { tool: 'leave', args: { kind: 'excuse', event: 'birth' }, lead: /^Evet/ } },

  // What happened in the family.
  { phrasing: 'family', question: 'Annem vefat etti, kaç gün izin alabilirim?', expected: { tool: 'leave', args: { kind: 'excuse', event: 'death', relative: 'mother' }, lead: /^3 gün/ } },
  { phrasing: 'family', question: 'Kardeşim evleniyor, mazeret izni alabilir miyim?', expected: { tool: 'leave', args: { kind: 'excuse', event: 'marriage', relative: 'sibling' }, lead: /^Hayır/ } },
  { phrasing: 'family', question: 'Babam öldü, kaç gün izinliyim?', expected: { tool: 'leave', args: { kind: 'excuse', event: 'death', relative: 'father' }, lead: /^3 gün/ } },
  { phrasing: 'family', question: 'Eşim dün doğum yaptı, kaç gün izin verilir?', expected: { tool: 'leave', args: { kind: 'excuse', event: 'birth', relative: 'spouse' }, lead: /^2 gün/ } },
  { phrasing: 'family', question: 'Haftaya evleniyorum, kaç gün izin alırım?', expected: { tool: 'leave', args: { kind: 'excuse', event: 'marriage', relative: 'self' }, lead: /^3 gün/ } },
  // A death told as a loss, and a marriage with nobody else named (the staff member marries).
  { phrasing: 'family', question: 'Annesini kaybeden sözleşmeli personele kaç gün izin verilir?', expected: { tool: 'leave', args: { kind: 'excuse', event: 'death', relative: 'mother' }, lead: /^3 gün/ } },
  { phrasing: 'family', question: 'Babamı kaybettim, kaç gün mazeret izni alırım?', expected: { tool: 'leave', args: { kind: 'excuse', event: 'death', relative: 'father' }, lead: /^3 gün/ } },
  { phrasing: 'family', question: 'Evlenen sözleşmeli personel kaç gün izin alır?', expected: { tool: 'leave', args: { kind: 'excuse', event: 'marriage', relative: 'self' }, lead: /^3 gün/ } },
  { phrasing: 'family', question: 'Dedem vefat etti, izin hakkım var mı?', expected: { tool: 'leave', args: { kind: 'excuse', event: 'death', relative: 'grandparent' }, lead: /^Hayır/ } },
  { phrasing: 'family', question: 'Kızım evlendi, izin alabilir miyim?', expected: { tool: 'leave', args: { kind: 'excuse', event: 'marriage', relative: 'child' }, lead: /^Evet/ } },
  { phrasing: 'family', question: 'Kayınpederim vefat etti, mazeret izni kaç gün?', expected: { tool: 'leave', args: { kind: 'excuse', event: 'death', relative: 'parent_in_law' }, lead: /^0 gün|^Hayır/ } },

  // Trigger words inside other words.
  { phrasing: 'in-word', question: 'Başvurumun uygun olduğunu nasıl öğrenirim?', expected: 'documents' },
  { phrasing: 'in-word', question: 'Sınav sonucunun olumsuz olması halinde ne olur?', expected: 'documents' },
  { phrasing: 'in-word', question: 'Performans değerlendirmesinin olumsuz olduğunu öğrendim, sözleşmem yenilenir mi?', expected: 'documents' },
  { phrasing: 'in-word', question: 'Sözleşmeli personelin performans puanı nasıl hesaplanır?', expected: 'documents' },
  { phrasing: 'in-word', question: 'Sınavda en az kaç puan almak gerekir?', expected: 'documents' },
  { phrasing: 'in-word', question: 'Sözleşmeli personel izinsiz göreve gelmezse ne olur?', expected: 'documents' },

  // An amount to check against the cap.
  { phrasing: 'amount', question: 'Pilot pozisyonundaki sözleşmeli personele aylık 9.000 TL verilebilir mi?', expected: { tool: 'pay_cap', args: { position: 'PİLOT', monthly_gross_pay: 9000 }, lead: /^Hayır/ } },
  { phrasing: 'amount', question: 'Mühendis olarak sözleşmeli çalışan birine brüt 2.500 TL ücret ödenebilir mi?', expected: { tool: 'pay_cap', args: { position: 'MÜHENDİS', monthly_gross_pay: 2500 }, lead: /^Evet/ } },
  { phrasing: 'amount', question: 'Helikopter makinistine ayda 6.000 TL ödersek tavanı aşar mı?', expected: { tool: 'pay_cap', args: { position: 'HELİKOPTER MAKİNİSTİ', monthly_gross_pay: 6000 }, lead: /^Evet/ } },
  { phrasing: 'amount', question: 'Pilot için ücret tavanı ne kadar?', expected: { tool: 'pay_cap', args: { position: 'PİLOT' }, lead: /^8\.652,00 TL/ } },
  { phrasing: 'amount', question: 'Sözleşmeli avukat en fazla ne kadar maaş alabilir?', expected: { tool: 'pay_cap', args: { position: 'AVUKAT' }, lead: /^2\.884,00 TL/ } },

  // How someone left.
  // Whether a way of leaving gives end-of-service pay at all: the reason answers, no amount is needed.
  { phrasing: 'yes-no', question: 'Haber vermeden istifa eden sözleşmeli personel iş sonu tazminatı alabilir mi?', expected: { tool: 'severance', args: { reason: 'resignation_without_notice' }, lead: /^Hayır: iş sonu tazminatı ödenmez/ } },
  { phrasing: 'yes-no', question: 'Emekli olan sözleşmeli personele iş sonu tazminatı ödenir mi?', expected: { tool: 'severance', args: { reason: 'pension' }, lead: /^Evet: iş sonu tazminatı ödenir/ } },
  { phrasing: 'yes-no', question: 'Kendi isteğiyle istifa eden sözleşmeli personel iş sonu tazminatı alabilir mi?', expected: { tool: 'severance', missing: ['resignation_notice'] } },
  { phrasing: 'english', question: 'Can a contract employee who retired get severance pay?', expected: { tool: 'severance', args: { reason: 'pension' }, lead: /^Yes: / } },
  { phrasing: 'yes-no', question: 'Devamsızlık nedeniyle sözleşmesi feshedilen personel tazminat alır mı?', expected: { tool: 'severance', args: { reason: 'absence' }, lead: /^Hayır/ } },
  { phrasing: 'situation', question: '10 yıldır sözleşmeli çalışıyordum, emekli oldum; aylık brüt ücretim 8.000 TL. İş sonu tazminatım ne kadar?', expected: { tool: 'severance', args: { reason: 'pension', years_of_service: 10, monthly_gross_pay: 8000 }, lead: /^80\.000,00 TL/ } },
  { phrasing: 'situation', question: 'İstifa ettim, 5 yıllık hizmetim var, brüt maaşım 6.000 TL, iş sonu tazminatı alır mıyım?', expected: { tool: 'severance', missing: ['resignation_notice'] } },
  { phrasing: 'situation', question: 'Sözleşmem feshedildi, 4 yıl çalıştım, brüt ücretim 5.000 TL, iş sonu tazminatı alabilir miyim?', expected: { tool: 'severance', missing: ['reason'] } },
  { phrasing: 'situation', question: 'Pozisyonum kaldırıldığı için sözleşmem sona erdi, 7 yıl çalıştım, aylık brüt 7.500 TL; ne kadar iş sonu tazminatı alırım?', expected: { tool: 'severance', args: { reason: 'position_not_needed', years_of_service: 7, monthly_gross_pay: 7500 }, lead: /^52\.500,00 TL/ } },
  { phrasing: 'situation', question: 'Bir ay önceden haber vererek istifa ettim, 3 yıl çalıştım, brüt 4.000 TL; iş sonu tazminatım ne kadar?', expected: { tool: 'severance', args: { reason: 'resignation_with_notice', years_of_service: 3, monthly_gross_pay: 4000 }, lead: /^12\.000,00 TL/ } },
  { phrasing: 'situation', question: 'Haber vermeden istifa edip işi bıraktım, 6 yıl çalıştım, maaşım 5.000 TL, iş sonu tazminatı alır mıyım?', expected: { tool: 'severance', args: { reason: 'resignation_without_notice' }, lead: /^Hayır/ } },

  // Dates in the past are computed, with a note.
  { phrasing: 'past-date', question: 'Beklenen doğum tarihi 1 Mart 2025 olan personelin doğum izni ne zaman başlamıştı?', expected: { tool: 'leave', args: { kind: 'maternity', expected_birth_date: '2025-03-01' } } },
  { phrasing: 'past-date', question: 'Beklenen doğum tarihim 10 Ocak 2026 idi, doğum iznim hangi tarihte bitiyor?', expected: { tool: 'leave', args: { kind: 'maternity', expected_birth_date: '2026-01-10' } } },

  // Staff the tools do not cover.
  { phrasing: 'out-of-scope', question: 'İş Kanununa tabi işçi olarak 5 yıldır çalışıyorum, yıllık iznim kaç gün?', expected: { outOfScope: 'labour_act_worker' } },
  { phrasing: 'out-of-scope', question: '4857 sayılı Kanuna göre 12 yıllık işçinin yıllık izni kaç gündür?', expected: { outOfScope: 'labour_act_worker' } },
  { phrasing: 'out-of-scope', question: 'Devlet memuru olarak 12 yıldır çalışıyorum, kaç gün yıllık izin alırım?', expected: { outOfScope: 'civil_servant' } },
  { phrasing: 'out-of-scope', question: '4/A kadrolu memurun annesi vefat ederse kaç gün izin alır?', expected: { outOfScope: 'civil_servant' } },
  { phrasing: 'out-of-scope', question: 'Üniversitede araştırma görevlisiyim, 3 yıllık hizmetim var, yıllık iznim kaç gün?', expected: { outOfScope: 'academic_staff' } },
  { phrasing: 'out-of-scope', question: 'Öğretim üyesinin maaşı en fazla ne kadar olabilir?', expected: { outOfScope: 'academic_staff' } },
  { phrasing: 'out-of-scope', question: '10 yıl çalıştım, brüt maaşım 20.000 TL, işten çıkarıldım; kıdem tazminatım ne kadar olur?', expected: { outOfScope: 'labour_act_worker' } },
  { phrasing: 'out-of-scope', question: 'Sözleşmeli işçi olarak 4 yıldır çalışıyorum, yıllık izin kaç gün?', expected: { outOfScope: 'labour_act_worker' } },
  { phrasing: 'out-of-scope', question: 'I am a worker under the Labour Act with 5 years of service; how many days of annual leave do I get?', expected: { outOfScope: 'labour_act_worker' } },
  { phrasing: 'out-of-scope', question: 'peki 12 yıl olsaydı?', history: ['İş Kanununa tabi işçi olarak 5 yıldır çalışıyorum, yıllık iznim kaç gün?'], expected: { outOfScope: 'labour_act_worker' } },

  // Questions about a rule, not a computation.
  { phrasing: 'not-a-tool', question: 'Sözleşmeli personele kaç gün yıllık izin verilir?', expected: 'documents' },
  { phrasing: 'not-a-tool', question: 'Mazeret izni kaç gündür?', expected: 'documents' },
  { phrasing: 'not-a-tool', question: 'İş sonu tazminatı nasıl hesaplanır?', expected: 'documents' },
  { phrasing: 'not-a-tool', question: 'Sözleşmeli personel ücretsiz izin alabilir mi?', expected: 'documents' },
  { phrasing: 'not-a-tool', question: 'Sözleşmeli personel yıllık iznini ertesi yıla devredebilir mi?', expected: 'documents' },
  { phrasing: 'not-a-tool', question: 'Kars’ta 2021 yılında işsizlik oranı kaçtı?', expected: 'documents' },
  // Found when the dev laws were indexed beside the regulation: a fee or a share is not a monthly pay.
  { phrasing: 'not-a-tool', question: 'Mühendislik hizmetlerinde ücret en fazla yüzde kaç artırılabilir?', expected: 'documents' },
  { phrasing: 'not-a-tool', question: 'Avukatlık ücreti en fazla ne kadar olabilir?', expected: 'documents' },

  // English.
  { phrasing: 'english', question: 'My father passed away, how many days of leave can I take?', expected: { tool: 'leave', args: { kind: 'excuse', event: 'death', relative: 'father' } } },
  { phrasing: 'english', question: 'Can a pilot be paid 9,000 TL a month?', expected: { tool: 'pay_cap', args: { position: 'PİLOT', monthly_gross_pay: 9000 } } },
  { phrasing: 'english', question: 'How many days of annual leave after 12 years of service?', expected: { tool: 'leave', args: { kind: 'annual', years_of_service: 12 } } },

  // Indicator tables.
  { phrasing: 'indicator', question: '1.1.1 göstergesinin 2012 değeri nedir?', expected: { tool: 'indicator_lookup', args: { code: '1.1.1', year: 2012 }, lead: /^52,75/ } },
  { phrasing: 'indicator', question: 'Stratejik Hedef 1.1 maliyeti ne kadar?', expected: { tool: 'indicator_lookup', args: { cost: '1.1' }, lead: /^19\.704\.600,00 TL/ } },

  // Follow-ups in a thread.
  { phrasing: 'follow-up', question: 'peki 12 yıl olsaydı?', history: ['8 yıllık hizmeti olan sözleşmeli personel kaç gün yıllık izin alır?'], expected: { tool: 'leave', args: { kind: 'annual', years_of_service: 12 }, lead: /^30 gün/ } },
  { phrasing: 'follow-up', question: 'peki babam olsaydı?', history: ['Dedem vefat etti, kaç gün izin alırım?'], expected: { tool: 'leave', args: { kind: 'excuse', event: 'death', relative: 'father' }, lead: /^3 gün/ } },
];
