#!/usr/bin/env node
// Builds the native addons (hnswlib-node, better-sqlite3) after `npm install` / `npm ci` (the root postinstall),
// so that the build can (1) find Node's C/C++ headers wherever Node came from — Debian/Ubuntu packages, the
// official tarballs, nvm, Homebrew — without a machine-specific `nodedir` in .npmrc, and offline when they are on
// disk; (2) print progress; (3) say what is missing when it fails. package.json's allowScripts keeps npm from
// building them itself first. Plain Node (no dependencies, no TypeScript): it runs before anything else works.
//
//   node scripts/build-native.mjs           build what is missing or was built for another Node version
//   node scripts/build-native.mjs --force   rebuild both
//   node scripts/build-native.mjs --check   only report the headers found and what a build would lack
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');
const ADDONS = [
  // better-sqlite3 tries a prebuilt binary first (online), then compiles; hnswlib-node always compiles.
  { name: 'better-sqlite3', probe: "new (require('better-sqlite3'))(':memory:').close()", command: 'prebuild-install || node-gyp rebuild --release', seconds: 150 },
  { name: 'hnswlib-node', probe: "new (require('hnswlib-node').HierarchicalNSW)('cosine', 2)", command: 'node-gyp rebuild', seconds: 20 },
];

const say = (line) => process.stdout.write(`[kurum-asistani] ${line}\n`);

/** Loads the addon in a fresh Node: fails when it was never built or was built for another Node ABI. */
function loads(addon) {
  return spawnSync(process.execPath, ['-e', addon.probe], { cwd: root, stdio: 'ignore' }).status === 0;
}

function nodeVersionOfHeaders(includeDir) {
  try {
    const h = fs.readFileSync(path.join(includeDir, 'node_version.h'), 'utf8');
    const part = (n) => new RegExp(`#define\\s+NODE_${n}_VERSION\\s+(\\d+)`).exec(h)?.[1];
    return `v${part('MAJOR')}.${part('MINOR')}.${part('PATCH')}`;
  } catch {
    return null;
  }
}

/**
 * Where this Node's headers are. A user's own npm_config_nodedir wins; then the prefix Node runs from (every
 * common distribution puts include/node beside bin/node); then node-gyp's download cache. null: node-gyp will
 * try to download them from nodejs.org, which fails offline.
 */
function findNodeHeaders() {
  if (process.env.npm_config_nodedir) return { dir: process.env.npm_config_nodedir, how: `${process.env.npm_config_nodedir} (npm ayarı nodedir)` };
  const prefix = path.resolve(path.dirname(fs.realpathSync(process.execPath)), '..');
  const include = path.join(prefix, 'include', 'node');
  if (fs.existsSync(path.join(include, 'common.gypi')) && nodeVersionOfHeaders(include) === process.version) {
    return { dir: prefix, how: `${include} (Node ${process.version} ile aynı sürüm)` };
  }
  const cacheRoots = [process.env.npm_config_devdir, process.env.XDG_CACHE_HOME && path.join(process.env.XDG_CACHE_HOME, 'node-gyp'), process.env.HOME && path.join(process.env.HOME, '.cache', 'node-gyp'), process.env.LOCALAPPDATA && path.join(process.env.LOCALAPPDATA, 'node-gyp', 'Cache')].filter(Boolean);
  for (const cache of cacheRoots) {
    const dir = path.join(cache, process.version.slice(1));
    if (fs.existsSync(path.join(dir, 'include', 'node', 'common.gypi'))) return { dir: null, how: `node-gyp önbelleği ${dir}` };
  }
  return null;
}

function has(command, args = ['--version']) {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** What a native build needs that this machine lacks, as Turkish lines with the package that provides it. */
function missingPrerequisites(headers) {
  const missing = [];
  if (process.platform === 'win32') {
    missing.push('Windows: Visual Studio Build Tools ("Desktop development with C++") ve Python 3 gerekir; bkz. https://github.com/nodejs/node-gyp#on-windows');
    return missing;
  }
  const python = process.env.npm_config_python || process.env.PYTHON;
  if (!(python ? has(python) : has('python3') || has('python'))) missing.push('Python 3 (node-gyp için): Debian/Ubuntu "apt install python3", macOS "brew install python"');
  if (!has('make')) missing.push('make: Debian/Ubuntu "apt install build-essential", macOS "xcode-select --install"');
  const cxx = process.env.CXX;
  if (!(cxx ? has(cxx) : has('c++') || has('g++') || has('clang++'))) missing.push('C++ derleyicisi (g++ ya da clang++): Debian/Ubuntu "apt install build-essential", macOS "xcode-select --install"');
  if (!headers) {
    missing.push(
      `Node ${process.version} başlık dosyaları (include/node) yerelde yok: node-gyp bunları nodejs.org'dan indirmeyi deneyecek (çevrimdışıysa başarısız olur). ` +
        "Debian/Ubuntu'nun kendi nodejs paketiyle \"apt install libnode-dev\"; başka bir yerdeyse npm_config_nodedir=<Node kurulum klasörü> verin.",
    );
  }
  return missing;
}

function build(addon, headers) {
  const dir = path.join(root, 'node_modules', addon.name);
  const env = { ...process.env };
  if (headers?.dir) env.npm_config_nodedir = headers.dir;
  // node-gyp and prebuild-install: npm puts its own node-gyp on PATH for scripts; the package's .bin for the rest.
  const bins = [path.join(root, 'node_modules', '.bin')];
  // Run outside npm (node scripts/build-native.mjs), node-gyp may not be on PATH: use the one bundled with npm.
  const npmRoot = path.join(path.dirname(fs.realpathSync(process.execPath)), '..', 'lib', 'node_modules', 'npm');
  const npmGyp = path.join(npmRoot, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  if (!env.npm_config_node_gyp && fs.existsSync(npmGyp)) env.npm_config_node_gyp = npmGyp;
  if (!has('node-gyp')) bins.push(path.join(npmRoot, 'node_modules', '@npmcli', 'run-script', 'lib', 'node-gyp-bin'));
  env.PATH = `${bins.join(path.delimiter)}${path.delimiter}${env.PATH}`;
  const log = path.join(root, 'node_modules', `.${addon.name}-build.log`);
  const out = fs.openSync(log, 'w');
  const started = Date.now();
  const tick = setInterval(() => say(`  … ${addon.name} derleniyor (${Math.round((Date.now() - started) / 1000)} sn)`), 30_000);
  return new Promise((resolve) => {
    const child = spawn(addon.command, { cwd: dir, env, shell: true, stdio: ['ignore', out, out] });
    child.on('close', (code) => {
      clearInterval(tick);
      fs.closeSync(out);
      resolve({ ok: code === 0 && loads(addon), seconds: Math.round((Date.now() - started) / 1000), log });
    });
  });
}

async function main() {
  if (process.argv.includes('--check')) {
    const headers = findNodeHeaders();
    say(`Node ${process.version}; başlıklar: ${headers?.how ?? 'yerelde bulunamadı'}`);
    const missing = missingPrerequisites(headers);
    say(missing.length ? `Eksik: ${missing.join(' | ')}` : 'Derleme için eksik yok.');
    process.exitCode = missing.length ? 1 : 0;
    return;
  }
  if (!fs.existsSync(path.join(root, 'node_modules'))) return;
  const todo = ADDONS.filter((a) => fs.existsSync(path.join(root, 'node_modules', a.name)) && (force || !loads(a)));
  if (todo.length === 0) {
    say('Yerel modüller (hnswlib-node, better-sqlite3) hazır.');
    return;
  }
  const headers = findNodeHeaders();
  say(`Yerel modüller derleniyor: ${todo.map((a) => `${a.name} (~${a.seconds} sn)`).join(', ')}; Node ${process.version}, başlıklar: ${headers?.how ?? 'yerelde bulunamadı, indirilecek'}.`);
  const failed = [];
  for (const addon of todo) {
    say(`→ ${addon.name}: ${addon.command}`);
    const result = await build(addon, headers);
    if (result.ok) say(`✓ ${addon.name} hazır (${result.seconds} sn).`);
    else failed.push({ addon, ...result });
  }
  if (failed.length === 0) return;
  for (const f of failed) {
    const tail = fs.readFileSync(f.log, 'utf8').trim().split('\n').slice(-15).join('\n');
    process.stderr.write(`\n[kurum-asistani] ✗ ${f.addon.name} derlenemedi (${f.seconds} sn). Son satırlar (tamamı: ${path.relative(root, f.log)}):\n${tail}\n`);
  }
  const missing = missingPrerequisites(headers);
  process.stderr.write(
    `\n[kurum-asistani] Yerel modüllerin derlenmesi başarısız. ${missing.length ? 'Eksik olanlar:\n' + missing.map((m) => `  - ${m}`).join('\n') : 'Derleme araçları (Python 3, make, C++ derleyicisi) ve Node başlıkları yerinde görünüyor; yukarıdaki günlüğe bakın.'}\n` +
      `Giderdikten sonra: npm run setup:native   (ya da npm ci). Desteklenen Node sürümleri: 20, 22, 24 (README "Requirements").\n`,
  );
  process.exitCode = 1;
}

await main();
