#!/usr/bin/env node
// Browser test of the portal and the console against a real server (docs/web.md).
//
//   node tests/e2e/run.mjs --xinjian build/release/xinjian --web web/dist [--screenshots docs/img]
//
// Loads the demo data set into a fresh SQLite database in a temporary folder, starts
// `xinjian serve --listen 127.0.0.1:0 --web DIR` (the port is read from its first line), and drives
// Debian's Chromium (/usr/bin/chromium, or $CHROMIUM) with playwright-core (from web/node_modules)
// through what a citizen and an officer do. Every wait is for a selector, a URL or a response,
// never a fixed sleep. The server is stopped and the folder removed whatever happens.
// Prints one line per check and "N passed, M failed"; exit 0 when all passed, 1 otherwise
// (2 for a usage error).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, existsSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const SHOWCASE_NAME = '长沙湘江食品有限公司' // src/demo/showcase.h, enterprise 0
const SHOWCASE_PHONE = '13907310088' // its telephone: internal, never on the public record
const DEMO_USER = 'credit' // `xinjian demo --logins`: provincial credit officer
const DEMO_PASSWORD = 'Xinjian@2026'

function parseArgs(argv) {
  const args = { xinjian: null, web: null, screenshots: null, chromium: process.env.CHROMIUM ?? '/usr/bin/chromium' }
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '')
    if (!(key in args) || argv[i + 1] === undefined) usage(`unknown or incomplete option ${argv[i]}`)
    args[key] = argv[i + 1]
  }
  if (!args.xinjian || !args.web) usage('--xinjian and --web are required')
  return { ...args, xinjian: resolve(args.xinjian), web: resolve(args.web) }
}

function usage(message) {
  console.error(`${message}\nusage: node tests/e2e/run.mjs --xinjian PATH --web web/dist [--screenshots DIR] [--chromium PATH]`)
  process.exit(2)
}

// Runs a command to completion; rejects with its output when it fails.
function run(command, args) {
  return new Promise((ok, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', fail)
    child.on('exit', (code) => (code === 0 ? ok(output) : fail(new Error(`${command} ${args.join(' ')} → exit ${code}\n${output}`))))
  })
}

// Starts the server and resolves with { child, base } once it prints the address it serves at.
function startServer(xinjian, db, web) {
  return new Promise((ok, fail) => {
    const child = spawn(xinjian, ['serve', '--db', db, '--listen', '127.0.0.1:0', '--web', web], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const timer = setTimeout(() => fail(new Error(`server did not start in 30 s:\n${output}`)), 30_000)
    const onData = (d) => {
      output += d
      const m = output.match(/serving at (http:\/\/[\d.]+:\d+)/)
      if (m) {
        clearTimeout(timer)
        child.stdout.off('data', onData)
        child.stdout.resume()
        ok({ child, base: m[1], log: () => output })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', (d) => (output += d))
    child.on('error', (e) => {
      clearTimeout(timer)
      fail(e)
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      fail(new Error(`server exited (${code}) before serving:\n${output}`))
    })
  })
}

function stopServer(child) {
  if (!child || child.exitCode !== null) return Promise.resolve()
  return new Promise((ok) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000)
    child.once('exit', () => {
      clearTimeout(kill)
      ok()
    })
    child.kill('SIGTERM')
  })
}

// A raw GET (the path sent as it is, no URL normalisation): { status, headers, body }.
function rawGet(base, path) {
  const url = new URL(base)
  return new Promise((ok, fail) => {
    const req = request({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (d) => (body += d))
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body }))
    })
    req.on('error', fail)
    req.end()
  })
}

const results = []
async function check(name, fn) {
  try {
    await fn()
    results.push(true)
    console.log(`ok - ${name}`)
  } catch (e) {
    results.push(false)
    console.log(`FAILED - ${name}\n    ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n    ')}`)
  }
}

// page.waitForResponse whose rejection is handled even if the check fails before awaiting it.
function responseOf(page, predicate) {
  const response = page.waitForResponse(predicate)
  response.catch(() => {})
  return response
}

// Waits until no Element Plus loading mask is left, so that a screenshot shows the page at rest.
async function screenshot(page, dir, name) {
  if (!dir) return
  await page.waitForFunction(() => document.querySelectorAll('.el-loading-mask').length === 0)
  await page.screenshot({ path: join(dir, name) })
}

function expect(condition, message) {
  if (!condition) throw new Error(message)
}

async function staticChecks(base) {
  await check('index.html: no-cache, strict CSP, nosniff', async () => {
    const r = await rawGet(base, '/')
    expect(r.status === 200 && r.headers['content-type'].startsWith('text/html'), `GET / → ${r.status} ${r.headers['content-type']}`)
    expect(r.headers['cache-control'] === 'no-cache', `cache-control ${r.headers['cache-control']}`)
    expect(/default-src 'self'/.test(r.headers['content-security-policy'] ?? ''), 'no CSP')
    expect(r.headers['x-content-type-options'] === 'nosniff', 'no nosniff')
  })
  await check('client routes answer index.html; hashed assets are immutable', async () => {
    const r = await rawGet(base, '/console/enterprises')
    expect(r.status === 200 && r.body.includes('<div id="app">'), `GET /console/enterprises → ${r.status}`)
    const script = r.body.match(/src="(\/assets\/[^"]+\.js)"/)?.[1]
    expect(script, 'no module script in index.html')
    const a = await rawGet(base, script)
    expect(a.status === 200 && a.headers['content-type'].startsWith('text/javascript'), `${script} → ${a.status}`)
    expect(/immutable/.test(a.headers['cache-control']), `cache-control ${a.headers['cache-control']}`)
    const missing = await rawGet(base, '/assets/missing-0000.js')
    expect(missing.status === 404, `missing asset → ${missing.status}`)
  })
  await check('path traversal is refused; /api stays the API', async () => {
    for (const path of ['/../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fetc%2fpasswd', '/a%5c..%5c..%5cetc%5cpasswd']) {
      const r = await rawGet(base, path)
      expect(r.status === 400 && !r.body.includes('root:'), `${path} → ${r.status}`)
    }
    const api = await rawGet(base, '/api/v1/no-such-route')
    expect(api.status === 404 && api.headers['content-type'].startsWith('application/json'), `/api/v1/no-such-route → ${api.status}`)
  })
}

async function portalChecks(page, base, shots) {
  let uscc = null
  await check('search 湘江 finds the showcase enterprise', async () => {
    await page.goto(`${base}/`)
    await page.fill('input[name=q]', '湘江')
    const answer = responseOf(page, (r) => r.url().includes('/api/v1/public/search?') && r.status() === 200)
    await page.click('.search-button')
    const body = await (await answer).json()
    expect(body.total >= 1, `search total ${body.total}`)
    await page.getByRole('link', { name: SHOWCASE_NAME }).waitFor()
    uscc = body.items.find((i) => i.name === SHOWCASE_NAME)?.uscc
    expect(uscc, 'showcase enterprise not among the results')
  })
  await check('exact USCC search works', async () => {
    await page.goto(`${base}/?q=${uscc}`)
    await page.getByRole('link', { name: SHOWCASE_NAME }).waitFor()
  })
  let record = null
  await check('enterprise page shows the public penalties, with their decision numbers', async () => {
    const answer = responseOf(page, (r) => r.url().endsWith(`/api/v1/public/enterprises/${uscc}`) && r.status() === 200)
    await page.getByRole('link', { name: SHOWCASE_NAME }).click()
    await page.waitForURL(`**/enterprises/${uscc}`)
    record = await (await answer).json()
    expect(record.penalties.length >= 1, 'the showcase has a public penalty')
    await page.locator('.decision-no').first().waitFor()
    const shown = await page.locator('.decision-no').allTextContents()
    const expected = record.penalties.map((p) => p.decision_no)
    expect(JSON.stringify(shown) === JSON.stringify(expected), `shown ${shown} expected ${expected}`)
    await page.getByText(record.penalties[0].public_until).first().waitFor()
    const text = await page.locator('main').innerText()
    expect(text.includes(record.uscc) && text.includes(record.legal_representative), 'identity missing')
    expect(!text.includes(SHOWCASE_PHONE), 'the internal telephone number is on the public page')
  })
  await screenshot(page, shots, 'portal.png')
  await check('credit report opens (HTML) and the PDF link is offered', async () => {
    const [report] = await Promise.all([page.waitForEvent('popup'), page.click('.report-html')])
    await report.waitForLoadState()
    const html = await report.content()
    expect(html.includes(SHOWCASE_NAME) && html.includes(uscc), 'the report does not name the enterprise')
    await report.close()
    const pdf = await page.locator('.report-pdf').getAttribute('href')
    expect(pdf === `/api/v1/public/enterprises/${uscc}/report?format=pdf`, `pdf link ${pdf}`)
  })
  await check('public lists render the dishonest list', async () => {
    const answer = responseOf(page, (r) => r.url().includes('/api/v1/public/dishonest-list') && r.status() === 200)
    await page.goto(`${base}/lists/dishonest`)
    const body = await (await answer).json()
    if (body.items.length) await page.getByRole('link', { name: body.items[0].name }).first().waitFor()
    else await page.getByText('暂无数据').waitFor()
  })
}

async function consoleChecks(page, base, shots) {
  await check('the console asks for a login; a wrong password shows the Chinese error', async () => {
    await page.goto(`${base}/console`)
    await page.waitForURL(/\/console\/login\?redirect=/)
    await page.fill('input[name=username]', DEMO_USER)
    await page.fill('input[name=password]', 'not-the-password')
    const answer = responseOf(page, (r) => r.url().endsWith('/api/v1/auth/login'))
    await page.click('.login-button')
    const body = await (await answer).json()
    expect(body.error?.message, 'no error message')
    expect(/[\u4e00-\u9fff]/.test(body.error.message), `not Chinese: ${body.error.message}`)
    await page.locator('.el-alert__title', { hasText: body.error.message }).waitFor()
  })
  let token = null
  await check('login leads to the dashboard and its figures', async () => {
    await page.fill('input[name=password]', DEMO_PASSWORD)
    const answer = responseOf(page, (r) => r.url().includes('/api/v1/dashboard') && r.status() === 200)
    await page.click('.login-button')
    await page.waitForURL(/\/console$/)
    const dashboard = await (await answer).json()
    token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('xinjian.session')).token)
    expect(token, 'no token in sessionStorage')
    const shown = await page.locator('.stat-enterprises .value').innerText()
    expect(shown.replace(/,/g, '') === String(dashboard.enterprises), `enterprises ${shown} vs ${dashboard.enterprises}`)
    const dishonest = await page.locator('.stat-dishonest .value').innerText()
    expect(dishonest === String(dashboard.dishonest_active), `dishonest ${dishonest} vs ${dashboard.dishonest_active}`)
    await page.locator('.risk-legend .risk-A strong', { hasText: String(dashboard.risk_general.A) }).waitFor()
  })
  await screenshot(page, shots, 'console.png')
  await check('enterprises list filtered by risk class', async () => {
    await page.getByRole('menuitem', { name: /企业监管/ }).click()
    await page.waitForURL('**/console/enterprises')
    await page.locator('.enterprise-table').waitFor()
    await page.click('.risk-select')
    await page.getByRole('option', { name: /^B 一般风险/ }).click()
    const answer = responseOf(page, (r) => r.url().includes('/api/v1/enterprises?') && r.url().includes('risk_class=B'))
    await page.getByRole('button', { name: /查询 Search/ }).click()
    const body = await (await answer).json()
    expect(body.total > 0, 'the demo has class B enterprises')
    await page.waitForURL('**/console/enterprises?risk_class=B')
    await page.getByText(`共 ${body.total} 家`).waitFor()
    const classes = await page.locator('.enterprise-table .risk-class').allTextContents()
    expect(classes.length === Math.min(body.total, 20) && classes.every((c) => c.startsWith('B')), `classes ${classes}`)
  })
  await check('enterprise detail shows the risk explanation', async () => {
    const answer = responseOf(page, (r) => r.url().includes('/api/v1/risk/') && r.status() === 200)
    await page.locator('.enterprise-table a').first().click()
    const risk = await (await answer).json()
    const factor = risk.assessments.flatMap((a) => a.factors)[0]
    if (factor) await page.getByText(factor.reason).first().waitFor()
    else await page.locator('.assessment').first().waitFor()
  })
  await check('logout revokes the token and leaves the console', async () => {
    await page.click('.logout')
    await page.waitForURL('**/console/login')
    const stored = await page.evaluate(() => sessionStorage.getItem('xinjian.session'))
    expect(stored === null, 'session still stored')
    const r = await page.request.get(`${base}/api/v1/auth/me`, { headers: { Authorization: `Bearer ${token}` } })
    expect(r.status() === 401, `token still valid: ${r.status()}`)
  })
}

// A stray rejection must not end the process before the server is stopped.
process.on('unhandledRejection', (e) => console.log(`# unhandled rejection: ${e?.message ?? e}`))

async function main() {
  const args = parseArgs(process.argv.slice(2))
  if (!existsSync(join(args.web, 'index.html'))) usage(`${args.web} has no index.html (run npm ci && npm run build in web/)`)
  const require = createRequire(join(args.web, '..', 'package.json'))
  const { chromium } = require('playwright-core')
  if (args.screenshots) mkdirSync(args.screenshots, { recursive: true })

  const dir = mkdtempSync(join(tmpdir(), 'xinjian-e2e-'))
  const db = `sqlite:${join(dir, 'x.db')}`
  let server = null
  let browser = null
  const cleanup = async () => {
    await browser?.close().catch(() => {})
    await stopServer(server?.child)
    rmSync(dir, { recursive: true, force: true })
  }
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      await cleanup()
      process.exit(1)
    })
  }
  try {
    await run(args.xinjian, ['demo', '--db', db, '--enterprises', '500'])
    server = await startServer(args.xinjian, db, args.web)
    console.log(`# server ${server.base}, data in ${dir}`)
    await staticChecks(server.base)

    browser = await chromium.launch({ executablePath: args.chromium })
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })
    const page = await context.newPage()
    page.setDefaultTimeout(15_000)
    const pageErrors = []
    page.on('pageerror', (e) => pageErrors.push(e.message))
    page.on('console', (m) => {
      if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) pageErrors.push(m.text())
    })
    await portalChecks(page, server.base, args.screenshots)
    await consoleChecks(page, server.base, args.screenshots)
    await check('no script errors or Content-Security-Policy violations', async () => {
      expect(pageErrors.length === 0, pageErrors.join('\n'))
    })
  } catch (e) {
    results.push(false)
    console.log(`FAILED - setup\n    ${e?.stack ?? e}`)
    if (server) console.log(server.log())
  } finally {
    await cleanup()
  }
  const passed = results.filter(Boolean).length
  console.log(`${passed} passed, ${results.length - passed} failed`)
  process.exit(results.length > 0 && passed === results.length ? 0 : 1)
}

main()
