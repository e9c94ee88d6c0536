import { escapeMrkdwn } from './blocks/escape-mrkdwn.js';

/** Every fixed user-facing sentence of the Slack bot, in one place (Turkish, short, with the reason). */
export const MESSAGES = {
  working: '⏳ Belgelere bakıyorum…',
  stillWorking: '⏳ Hâlâ bakıyorum… (dizin yenileniyor olabilir, biraz sürebilir)',
  /** The agent view's status line (assistant.threads.setStatus) and the lines Slack rotates under it (≤ 10). */
  statusSearching: 'Belgelerde arıyorum…',
  statusComputing: 'Hesaplıyorum…',
  statusStillWorking: 'Hâlâ bakıyorum… biraz sürebilir',
  loadingMessages: ['Belgelerde arıyorum…', 'İlgili maddeleri okuyorum…', 'Alıntıları kaynağıyla karşılaştırıyorum…'],
  draftRewritten: 'Bu taslak doğrulanamadı; yanıt yeniden yazılıyor…',
  agentGreeting:
    'Merhaba! Kurumun mevzuatı, yönergeleri, raporları ve planları hakkında sorun; her yanıtta belgeyi, maddeyi ve sayfayı gösteririm. Aşağıdaki önerilerden birini seçebilir ya da sorunuzu yazabilirsiniz.',
  suggestedPromptsTitle: 'Örneğin şunları sorabilirsiniz:',
  emptyQuestion:
    'Merhaba! Sorunuzu bu mesajın devamına yazın, ör. _"Sözleşmeli personelin ücret tavanı ne kadar?"_ Nasıl sorulacağı App Home sekmemde.',
  sorUsage: 'Kullanım: `/sor <soru>` — ör. `/sor 8 yıl hizmeti olan sözleşmeli personel kaç gün izin alır?`',
  personalNote: '🔒 Kişisel haklarla ilgili olduğu için yanıtı yalnızca size gösteriyorum.',
  personalPublicNote: (userId: string) =>
    `🔒 Bu soru kişisel haklarla (izin, ücret, kıdem) ilgili olduğu için yanıtı yalnızca <@${userId}> görebilecek şekilde gönderdim.`,
  rateLimited: (perMinute: number, retryAfterSeconds: number) =>
    `🙏 Biraz yavaşlayalım: kişi başına dakikada en çok ${perMinute} soru yanıtlayabiliyorum. Lütfen ${retryAfterSeconds} saniye sonra yeniden sorun.`,
  failed: (reason: string) => `⚠️ Bu soruyu yanıtlayamadım: ${escapeMrkdwn(reason)}`,
  noPermission:
    '⛔ Bu komutu yalnızca dizin yöneticileri kullanabilir. Yetki için kurumunuzun Slack yöneticisine başvurun (SLACK_ADMIN_USERS). Hiçbir işlem yapılmadı.',
  uploadNoPermission:
    '⛔ Belge eklemek yalnızca dizin yöneticilerine açık; dosyanız dizine eklenmedi. Belgelerle ilgili sorularınızı buraya yazabilirsiniz.',
  feedbackThanks: (vote: 'up' | 'down') =>
    vote === 'up'
      ? '🙏 Teşekkürler! Geri bildiriminiz kaydedildi.'
      : '🙏 Teşekkürler, geri bildiriminiz kaydedildi. Yanıtı iyileştirmek için inceleyeceğiz.',
  answerExpired: 'Bu yanıt artık bellekte değil (bot yeniden başlatılmış olabilir). Lütfen soruyu yeniden sorun.',
  passageGone: 'Bu bölüm artık dizinde değil (dizin yenilenmiş olabilir). Lütfen soruyu yeniden sorun.',
  sharedBy: (userId: string) => `📣 <@${userId}> bu yanıtı paylaştı.`,
  uploadRenamed: (original: string, safe: string, changes: string[]) =>
    `ℹ️ Dosya adı güvenli bir ada çevrildi: \`${original.replace(/`/g, "'")}\` → \`${safe}\` (${changes.join('; ')}).`,
  interrupted: '⚠️ Yanıt yarıda kaldı (bot yeniden başlatıldı), lütfen tekrar sorun.',
} as const;
