// The curator works a stage task in Russian Tasklist; the administrator sees the program in Cockpit.
import { chromium } from 'playwright-core';

const BASE = process.env.BASE_URL || 'http://127.0.0.1:18080';
const OUT = process.env.OUT || '../../../target/browser-e2e';
const PASSWORD = process.env.DEMO_PASSWORD || 'Nastavnik#2025';
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD || 'Nastavnik#Kl1uch2025';
const TASK = 'Провести педсовет и проинформировать коллектив';
const today = new Date().toISOString().slice(0, 10);

async function api(user, method, path, body) {
  const res = await fetch(BASE + path, {
    method,
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${user}:${PASSWORD}`).toString('base64'),
      'Content-Type': 'application/json', Accept: 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${user} ${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

async function act(user, key, values) {
  let keys = [];
  for (let i = 0; i < 180; i++) { // the stage starts in a job: allow the job executor time on a busy machine
    const tasks = await api(user, 'GET', '/api/tasks');
    keys = tasks.map((t) => t.taskDefinitionKey);
    const task = tasks.find((t) => t.taskDefinitionKey === key);
    if (task) {
      await api(user, 'POST', `/api/tasks/${task.id}/claim`);
      await api(user, 'POST', `/api/tasks/${task.id}/complete`, values);
      return;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${user}: no task ${key} among ${keys}`);
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

// the stage's earlier steps through the API, as the director and the deputy
const staff = await api('direktor', 'GET', '/api/schools/starica/staff');
const curatorId = String(staff.find((s) => s.username === 'kurator').id);
await act('direktor', 'Task_IssueOrganisationOrder', { orderNumber: '12-од', orderDate: today, regulationApproved: true });
await act('direktor', 'Task_AppointCurator', { curatorId, curatorOrderNumber: '13-од', curatorOrderDate: today });
await act('zavuch', 'Task_ChooseForms', { interactionForms: ['F1', 'F5'] });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();

  // ---- the curator in Tasklist
  await page.goto(`${BASE}/camunda/app/tasklist/default/`);
  await page.locator('input[type="text"]').first().fill('kurator');
  await page.locator('input[type="password"]').first().fill(PASSWORD);
  await page.locator('button[type="submit"]').first().click();
  await page.getByText(TASK).first().waitFor({ timeout: 30000 });
  const body = await page.locator('body').innerText();
  assert(/Задачи|Фильтр|Взять в работу|Создать задачу/.test(body), 'Tasklist is not in Russian');
  await page.screenshot({ path: `${OUT}/1-tasklist-kurator.png`, fullPage: true });

  await page.getByText(TASK).first().click();
  await page.getByText('Взять в работу').first().click();
  await page.getByText('Номер протокола').first().waitFor({ timeout: 30000 });
  const form = page.locator('.fjs-container');
  const date = form.locator('input').first();
  await date.click();
  await date.fill(today.split('-').reverse().join('.'));
  await date.press('Enter');
  await form.getByLabel('Номер протокола').fill('3');
  await form.getByText('Педагогический совет').first().click();
  await page.screenshot({ path: `${OUT}/2-form-filled.png`, fullPage: true });
  await page.getByRole('button', { name: 'Завершить' }).first().click();
  await page.getByText(TASK).first().waitFor({ state: 'detached', timeout: 30000 });
  await page.screenshot({ path: `${OUT}/3-task-completed.png`, fullPage: true });
  const left = (await api('kurator', 'GET', '/api/tasks')).filter((t) => t.name === TASK);
  assert(left.length === 0, 'the task is still open after Complete');

  // ---- the administrator in Cockpit: the program's diagram with the token positions
  const admin = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1600, height: 1000 } });
  const cockpit = await admin.newPage();
  await cockpit.goto(`${BASE}/camunda/app/cockpit/default/`);
  await cockpit.locator('input[type="text"]').first().fill('admin');
  await cockpit.locator('input[type="password"]').first().fill(ADMIN_PASSWORD);
  await cockpit.locator('button[type="submit"]').first().click();
  await cockpit.waitForLoadState('networkidle');
  const instances = await (await fetch(`${BASE}/engine-rest/process-instance?processDefinitionKey=mentoring-program`, {
    headers: { Authorization: 'Basic ' + Buffer.from(`admin:${ADMIN_PASSWORD}`).toString('base64') },
  })).json();
  const target = Array.isArray(instances) && instances.length ? `#/process-instance/${instances[0].id}/runtime`
    : '#/processes';
  await cockpit.goto(`${BASE}/camunda/app/cockpit/default/${target}`);
  await cockpit.locator('.djs-container, svg').first().waitFor({ timeout: 30000 });
  await cockpit.waitForTimeout(3000);
  await cockpit.screenshot({ path: `${OUT}/4-cockpit-program.png`, fullPage: true });
  console.log(`browser e2e passed; screenshots in ${OUT}`);
} finally {
  await browser.close();
}
