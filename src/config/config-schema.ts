import { z } from 'zod';

/** Empty strings count as unset, as in t3-env: `FOO=` in a .env file must not override a default. */
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const withDefault = (fallback: string) => optionalString.transform((v) => v ?? fallback);

/**
 * Every environment variable the program reads, with its default and a one-line description that the
 * README table and `.env.example` are checked against (test/unit/config).
 */
export const ENV_DOCS = {
  CORPUS_DIR: 'Belgelerin bulunduğu klasör (varsayılan: corpus)',
  DATA_DIR: 'Dizinin yazıldığı klasör (varsayılan: data)',
  EMBEDDINGS_PROVIDER: 'local, openai veya ollama (varsayılan: local, çevrimdışı)',
  OPENAI_API_KEY: 'OpenAI uyumlu sağlayıcının anahtarı (EMBEDDINGS_PROVIDER=openai veya LLM_PROVIDER=openai için; yerel sunucular çoğu zaman istemez)',
  OPENAI_BASE_URL: 'OpenAI uyumlu uç noktanın adresi (ör. http://127.0.0.1:8000/v1)',
  OPENAI_EMBEDDING_MODEL: 'Gömme modeli adı (varsayılan: text-embedding-3-small)',
  OLLAMA_BASE_URL: 'Ollama adresi, gömmeler ve LLM_PROVIDER=ollama için (varsayılan: http://127.0.0.1:11434)',
  OLLAMA_EMBEDDING_MODEL: 'Ollama gömme modeli (varsayılan: nomic-embed-text)',
  LLM_PROVIDER: 'Yanıtları yazacak dil modeli: none, openai, anthropic veya ollama (varsayılan: none, çevrimdışı alıntı modu)',
  LLM_MODEL: 'Dil modelinin adı (LLM_PROVIDER seçildiyse gerekli), ör. qwen2.5:7b-instruct veya gpt-4o-mini',
  LLM_TIMEOUT_MS: 'Bir soru için dil modeline tanınan toplam süre, milisaniye (varsayılan: 60000)',
  ANTHROPIC_API_KEY: 'Anthropic API anahtarı (LLM_PROVIDER=anthropic için)',
  ANTHROPIC_BASE_URL: 'Anthropic uyumlu uç noktanın adresi (isteğe bağlı; vekil sunucu veya testler için)',
  SLACK_BOT_TOKEN: 'Slack bot belirteci (xoxb-...); SLACK_SIGNING_SECRET ile birlikte Slack modunu açar',
  SLACK_SIGNING_SECRET: 'Slack imza sırrı (HTTP modu için)',
  SLACK_APP_TOKEN: 'Socket Mode için uygulama belirteci (xapp-...)',
  SLACK_API_URL: 'Slack Web API taban adresi (GovSlack / Enterprise / testler için)',
  SLACK_ADMIN_USERS: 'Dizini yönetebilecek Slack kullanıcı kimlikleri, virgülle ayrılmış',
  PORT: 'HTTP portu (varsayılan: 3000)',
  HTTPS_PROXY: "Slack'e (Web API, Socket Mode, dosya indirme) giden HTTPS bağlantıları için vekil sunucu, ör. http://vekil.kurum.gov.tr:3128",
  HTTP_PROXY: 'http:// adresler için vekil sunucu (çoğu kurulumda gerekmez)',
  NO_PROXY: 'Vekil sunucu kullanılmayacak adresler, virgülle ayrılmış (ör. localhost,127.0.0.1,.kurum.gov.tr)',
  RATE_LIMIT_PER_MINUTE: 'Kullanıcı başına dakikada en çok soru (varsayılan: 10)',
  DATABASE_URL: 'PostgreSQL adresi (postgres://...); boşsa DATA_DIR/state.sqlite gömülü veritabanı kullanılır',
  FEEDBACK_RETENTION_DAYS: 'Geri bildirim, saklanan yanıt ve konuşmaların tutulduğu gün sayısı (varsayılan: 180)',
  INDEX_WORKER: 'Bu süreç dizin işlerini de çalıştırsın mı: on veya off (varsayılan: on; ayrı npm run worker varsa off)',
  SLACK_STREAM_CALLS_PER_MINUTE: 'Çalışma alanı başına dakikada en çok akış çağrısı (chat.*Stream; varsayılan: 100, aşılınca yanıt tek mesaj)',
} as const;

export type EnvName = keyof typeof ENV_DOCS;

export const ConfigSchema = z
  .object({
    CORPUS_DIR: withDefault('corpus'),
    DATA_DIR: withDefault('data'),
    EMBEDDINGS_PROVIDER: optionalString.pipe(z.enum(['local', 'openai', 'ollama']).default('local')),
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: optionalString.pipe(z.url({ message: 'geçerli bir URL olmalı' }).optional()),
    OPENAI_EMBEDDING_MODEL: withDefault('text-embedding-3-small'),
    OLLAMA_BASE_URL: withDefault('http://127.0.0.1:11434').pipe(z.url({ message: 'geçerli bir URL olmalı' })),
    OLLAMA_EMBEDDING_MODEL: withDefault('nomic-embed-text'),
    LLM_PROVIDER: optionalString.pipe(
      z.enum(['none', 'openai', 'anthropic', 'ollama'], { message: 'none, openai, anthropic veya ollama olmalı' }).default('none'),
    ),
    LLM_MODEL: optionalString,
    LLM_TIMEOUT_MS: withDefault('60000').pipe(
      z.coerce.number<string>({ message: 'milisaniye olarak bir sayı olmalı' }).int({ message: 'tam sayı olmalı' })
        .min(100, { message: 'en az 100 ms olmalı' }).max(600_000, { message: 'en çok 600000 ms (10 dakika) olabilir' }),
    ),
    ANTHROPIC_API_KEY: optionalString,
    ANTHROPIC_BASE_URL: optionalString.pipe(z.url({ message: 'geçerli bir URL olmalı' }).optional()),
    SLACK_BOT_TOKEN: optionalString,
    SLACK_SIGNING_SECRET: optionalString,
    SLACK_APP_TOKEN: optionalString.pipe(
      z.string().startsWith('xapp-', { message: 'xapp- ile başlamalı' }).optional(),
    ),
    SLACK_API_URL: optionalString.pipe(z.url({ message: 'geçerli bir URL olmalı' }).optional()),
    SLACK_ADMIN_USERS: optionalString.transform((v) =>
      (v ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    ),
    PORT: withDefault('3000').pipe(z.coerce.number<string>().int().min(1).max(65535)),
    HTTPS_PROXY: optionalString.pipe(z.url({ message: 'geçerli bir URL olmalı (ör. http://vekil:3128)' }).optional()),
    HTTP_PROXY: optionalString.pipe(z.url({ message: 'geçerli bir URL olmalı (ör. http://vekil:3128)' }).optional()),
    NO_PROXY: optionalString,
    RATE_LIMIT_PER_MINUTE: withDefault('10').pipe(z.coerce.number<string>().int().min(1).max(1000)),
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, { message: 'postgres:// veya postgresql:// ile başlamalı' })
        .optional(),
    ),
    FEEDBACK_RETENTION_DAYS: withDefault('180').pipe(z.coerce.number<string>().int().min(1).max(3650)),
    INDEX_WORKER: withDefault('on')
      .pipe(z.enum(['on', 'off'], { message: 'on veya off olmalı' }))
      .transform((v) => v === 'on'),
    SLACK_STREAM_CALLS_PER_MINUTE: withDefault('100').pipe(z.coerce.number<string>().int().min(0).max(10_000)),
  })
  // Runs even when another variable failed to parse (`when`): every problem is reported at start-up together.
  .superRefine((c, ctx) => {
    const needsOpenAiKey = c.EMBEDDINGS_PROVIDER === 'openai';
    if (needsOpenAiKey && !c.OPENAI_API_KEY && !c.OPENAI_BASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['OPENAI_API_KEY'],
        message: 'openai sağlayıcısı için OPENAI_API_KEY veya OPENAI_BASE_URL gerekli',
      });
    }
    const llmChosen = ['openai', 'anthropic', 'ollama'].includes(c.LLM_PROVIDER);
    if (llmChosen && !c.LLM_MODEL) {
      ctx.addIssue({ code: 'custom', path: ['LLM_MODEL'], message: `LLM_PROVIDER=${c.LLM_PROVIDER} için model adı gerekli` });
    }
    if (c.LLM_PROVIDER === 'openai' && !c.OPENAI_API_KEY && !c.OPENAI_BASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['OPENAI_BASE_URL'],
        message: 'LLM_PROVIDER=openai için OPENAI_BASE_URL (yerel/kurum sunucusu) veya OPENAI_API_KEY (OpenAI) gerekli',
      });
    }
    if (c.LLM_PROVIDER === 'anthropic' && !c.ANTHROPIC_API_KEY) {
      ctx.addIssue({ code: 'custom', path: ['ANTHROPIC_API_KEY'], message: 'LLM_PROVIDER=anthropic için ANTHROPIC_API_KEY gerekli' });
    }
    if (c.SLACK_BOT_TOKEN && !c.SLACK_SIGNING_SECRET && !c.SLACK_APP_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'SLACK_BOT_TOKEN verildiğinde SLACK_SIGNING_SECRET (HTTP) veya SLACK_APP_TOKEN (Socket Mode) gerekli',
      });
    }
  }, { when: () => true });

export type Config = z.output<typeof ConfigSchema>;
