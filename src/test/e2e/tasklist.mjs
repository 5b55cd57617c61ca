// Browser end-to-end test of the demo school in Debian's headless Chromium (playwright-core):
//  1. the director signs the organisation order in Russian Tasklist and downloads its DOCX;
//  2. the curator claims and completes the stage form «Провести педсовет…» in Tasklist (its date
//     field's calendar in Russian);
//  3. the administrator opens the program in Cockpit and sees the diagram with the token position.
//  4. the head of the Kazakh school (seed 003) appoints two mentorships in one program: the appointment
//     form comes back for the second young teacher and lists the first pair; two mentorships start;
//     what Camunda Forms writes in English (validation messages, «Search») shows in Russian.
// The steps between (curator's appointment, forms of mentoring) go through the REST API.
// Started by run.sh against a freshly started application (demo profile).
import { chromium } from 'playwright-core';
import { readFileSync, statSync } from 'node:fs';

const BASE = process.env.BASE_URL || 'http://127.0.0.1:18080';
const OUT = process.env.OUT || '../../../target/browser-e2e';
const PASSWORD = process.env.DEMO_PASSWORD || 'Nastavnik#2025';
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD || 'Nastavnik#Kl1uch2025';
const SIGN_TASK = 'Подписать приказы об организации наставничества';
const APPOINT_TASK = 'Назначить наставника молодому педагогу';
const TASK = 'Провести педсовет и проинформировать коллектив';
const today = new Date().toISOString().slice(0, 10);
const t0 = Date.now();
const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 120000);
const log = (m) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)} s] ${m}`);

async function api(user, method, path, body, password = PASSWORD) {
  const res = await fetch(BASE + path, {
    method,
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64'),
      'Content-Type': 'application/json', Accept: 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${user} ${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Waits until the user has a task of this definition key (stages and orders start in jobs). */
async function awaitTask(user, key) {
  let keys = [];
  for (let i = 0; i < 240; i++) {
    try {
      const tasks = await api(user, 'GET', '/api/tasks');
      keys = tasks.map((t) => t.taskDefinitionKey);
      const task = tasks.find((t) => t.taskDefinitionKey === key);
      if (task) return task;
    } catch (e) {
      keys = [String(e.message)]; // the demo loader may still be creating the users
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${user}: no task ${key} among ${keys}`);
}

async function act(user, key, values) {
  const task = await awaitTask(user, key);
  await api(user, 'POST', `/api/tasks/${task.id}/claim`);
  await api(user, 'POST', `/api/tasks/${task.id}/complete`, values);
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function login(page, app, user, password) {
  page.setDefaultTimeout(TIMEOUT); // the webapps load many scripts: slow on a busy machine
  await page.goto(`${BASE}/camunda/app/${app}/default/`);
  await page.waitForLoadState('networkidle').catch(() => {});
  const name = page.locator('input[type="text"]').first();
  const secret = page.locator('input[type="password"]').first();
  // the login view may still be re-rendering while it is filled: check both values before submitting
  for (let attempt = 1; ; attempt++) {
    await name.fill(user);
    await secret.fill(password);
    if (await name.inputValue() === user && await secret.inputValue() === password) break;
    if (attempt >= 5) throw new Error(`${app}: the login form did not keep the values`);
    await page.waitForTimeout(1000);
  }
  await page.locator('button[type="submit"]').first().click();
  await secret.waitFor({ state: 'detached' });
}

/** Opens the task in Tasklist's list and claims it; the form appears. */
async function openAndClaim(page, name) {
  await page.getByText(name).first().waitFor({ timeout: TIMEOUT });
  await page.getByText(name).first().click();
  const claim = page.getByText('Взять в работу').first();
  await claim.click();
  await claim.waitFor({ state: 'detached', timeout: TIMEOUT }); // claimed: the form opens for editing
}

/** Picks an option of a searchable select of Camunda Forms by typing part of its label. */
async function choose(page, label, text) {
  // a required field's label ends with «*»
  const input = page.locator('.fjs-container').getByLabel(new RegExp(`^${label}\\s*\\*?$`));
  await input.click();
  await input.fill(text);
  await page.locator('.fjs-dropdownlist-item', { hasText: text }).first().click();
}

/** Starts a school's program of the year (the demo loader may still be creating the users). */
async function startProgram(user, school, academicYear) {
  for (let i = 0; ; i++) {
    try {
      await api(user, 'POST', `/api/schools/${school}/programs`, { academicYear });
      return;
    } catch (e) {
      if (i >= 120) throw e;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
try {
  // ---- 1. the director starts the program through the API (the demo loader may still be creating users)
  const now = new Date();
  const first = now.getMonth() >= 8 ? now.getFullYear() : now.getFullYear() - 1;
  const academicYear = `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
  await startProgram('direktor', 'starica', academicYear);
  log(`the director started the program ${academicYear}`);
  // the director signs the organisation order (generated by a job at the program's start)
  await awaitTask('direktor', 'Task_IssueOrganisationOrder');
  log('the organisation order is generated');
  const director = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1400, height: 900 },
    acceptDownloads: true });
  const dpage = await director.newPage();
  await login(dpage, 'tasklist', 'direktor', PASSWORD);
  await openAndClaim(dpage, SIGN_TASK);
  const link = dpage.getByText('Скачать приказ об организации наставничества (DOCX)').first();
  await link.waitFor({ timeout: TIMEOUT });
  const number = await dpage.locator('.fjs-container input').first().inputValue();
  assert(/\S/.test(number), 'the order number is empty');
  await dpage.screenshot({ path: `${OUT}/1-director-sign-order.png`, fullPage: true });
  // a link in the form may open a new tab: take the download from whichever page starts it
  const download = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no DOCX download')), TIMEOUT);
    const take = (p) => p.once('download', (d) => { clearTimeout(timer); resolve(d); });
    take(dpage);
    director.on('page', take);
    link.click().catch(reject);
  });
  const docx = `${OUT}/organisation-order.docx`;
  await download.saveAs(docx);
  const bytes = readFileSync(docx);
  assert(bytes.length > 2000 && bytes[0] === 0x50 && bytes[1] === 0x4b, 'the download is not a DOCX (zip) file');
  log(`the director downloaded ${download.suggestedFilename()} (${statSync(docx).size} bytes), order № ${number}`);
  assert(await dpage.getByText('Скачать положение о системе наставничества (DOCX)').count() > 0,
    'the regulation is not offered with the order');
  await dpage.getByRole('button', { name: 'Завершить' }).first().click();
  await dpage.getByText(SIGN_TASK).first().waitFor({ state: 'detached', timeout: TIMEOUT });
  await dpage.screenshot({ path: `${OUT}/2-director-order-signed.png`, fullPage: true });
  assert(!(await api('direktor', 'GET', '/api/tasks')).some((t) => t.taskDefinitionKey === 'Task_IssueOrganisationOrder'),
    'the signing task is still open after Complete');
  log('the director completed the signing task');

  // ---- the stage's next steps through the API, as the director and the deputy
  const staff = await api('direktor', 'GET', '/api/schools/starica/staff');
  const curatorId = String(staff.find((s) => s.username === 'kurator').id);
  await act('direktor', 'Task_AppointCurator', { curatorId });
  await awaitTask('direktor', 'Task_SignCuratorOrder'); // the curator's order is generated by a job
  await act('direktor', 'Task_SignCuratorOrder', { decision: 'approve' });
  await act('zavuch', 'Task_ChooseForms', { interactionForms: ['F1', 'F5'] });
  log('curator appointed and forms chosen (API)');

  // ---- 2. the curator in Russian Tasklist
  await awaitTask('kurator', 'Task_InformStaff');
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await login(page, 'tasklist', 'kurator', PASSWORD);
  await page.getByText(TASK).first().waitFor({ timeout: TIMEOUT });
  const body = await page.locator('body').innerText();
  assert(/Задачи|Фильтр|Взять в работу|Создать задачу/.test(body), 'Tasklist is not in Russian');
  await page.screenshot({ path: `${OUT}/3-tasklist-kurator.png`, fullPage: true });

  await openAndClaim(page, TASK);
  await page.getByText('Номер протокола').first().waitFor({ timeout: TIMEOUT });
  const form = page.locator('.fjs-container');
  const date = form.locator('input').first();
  await date.click();
  // the date field's calendar is in Russian, weeks from Monday (scripts/russian-forms.js localizes flatpickr)
  const calendar = page.locator('.flatpickr-calendar.open').first();
  await calendar.waitFor({ timeout: TIMEOUT });
  const firstWeekday = (await calendar.locator('.flatpickr-weekday').first().innerText()).trim();
  const month = (await calendar.locator('.flatpickr-monthDropdown-months option:checked, .cur-month').first()
    .textContent()).trim();
  const months = ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь',
    'Ноябрь', 'Декабрь'];
  assert(firstWeekday === 'Пн', `the calendar's week starts with «${firstWeekday}»`);
  assert(month === months[new Date().getMonth()], `the calendar shows the month «${month}»`);
  const hint = await date.getAttribute('placeholder');
  assert(hint === 'дд.мм.гггг', `the date field's hint is «${hint}»`);
  await page.screenshot({ path: `${OUT}/4-calendar.png`, fullPage: true });
  await date.fill(today.split('-').reverse().join('.'));
  await date.press('Enter');
  await form.getByLabel('Номер протокола').fill('3');
  await form.getByText('Педагогический совет').first().click();
  await page.screenshot({ path: `${OUT}/4-form-filled.png`, fullPage: true });
  await page.getByRole('button', { name: 'Завершить' }).first().click();
  await page.getByText(TASK).first().waitFor({ state: 'detached', timeout: TIMEOUT });
  await page.screenshot({ path: `${OUT}/5-task-completed.png`, fullPage: true });
  const left = (await api('kurator', 'GET', '/api/tasks')).filter((t) => t.name === TASK);
  assert(left.length === 0, 'the task is still open after Complete');
  const done = await api('admin', 'GET', '/engine-rest/history/task?taskDefinitionKey=Task_InformStaff&finished=true',
    undefined, ADMIN_PASSWORD);
  assert(done.length === 1 && done[0].assignee === 'kurator', 'the history has no task completed by the curator');
  log('the curator claimed and completed the stage form in the browser');

  // ---- 4. the Kazakh school's head appoints two mentorships in Tasklist (seed 003)
  await startProgram('kzdir', 'kz', academicYear);
  await awaitTask('kzdir', 'Task_AppointMentor');
  const kz = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1400, height: 900 } });
  const hpage = await kz.newPage();
  await login(hpage, 'tasklist', 'kzdir', PASSWORD);
  await openAndClaim(hpage, APPOINT_TASK);
  await hpage.locator('.fjs-container').getByText('Назначение наставника молодому педагогу').first()
    .waitFor({ timeout: TIMEOUT });
  assert(await hpage.getByText('Уже назначены в этой программе').count() === 0,
    'the list of pairs already appointed shows before the first appointment');
  // what Camunda Forms writes in English comes in Russian (scripts/russian-forms.js)
  const search = await hpage.locator('.fjs-container input.fjs-input').first().getAttribute('placeholder');
  assert(search === 'Поиск', `the searchable select's placeholder is «${search}»`);
  await hpage.getByRole('button', { name: 'Завершить' }).first().click();
  await hpage.getByText('Поле обязательно для заполнения.').first().waitFor({ timeout: TIMEOUT });
  assert(await hpage.getByText('Field is required.').count() === 0, 'a validation message is in English');
  await hpage.screenshot({ path: `${OUT}/6-kz-required-fields.png`, fullPage: true });
  await choose(hpage, 'Наставник', 'Оспанова');
  await choose(hpage, 'Молодой педагог', 'Нурланова');
  await hpage.locator('.fjs-container').getByLabel('Назначить наставника ещё одному молодому педагогу').check();
  await hpage.screenshot({ path: `${OUT}/7-kz-first-appointment.png`, fullPage: true });
  // Tasklist's notice of the refused submission stays over the buttons: the click goes to the button itself
  await hpage.getByRole('button', { name: 'Завершить' }).first().dispatchEvent('click');
  // the same task comes back for the next young teacher, with the first pair listed
  let again;
  for (let i = 0; i < 60 && !again; i++) {
    const open = (await api('kzdir', 'GET', '/api/tasks')).filter((t) => t.taskDefinitionKey === 'Task_AppointMentor');
    again = open.length === 1 && open[0].assignee == null ? open[0] : undefined;
    if (!again) await new Promise((r) => setTimeout(r, 1000));
  }
  assert(again, 'the appointment did not come back for a second young teacher');
  await hpage.reload();
  await openAndClaim(hpage, APPOINT_TASK);
  const appointed = hpage.locator('.fjs-container').getByLabel('Уже назначены в этой программе');
  await appointed.waitFor({ timeout: TIMEOUT });
  const listed = await appointed.inputValue();
  assert(listed.includes('Нурланова Асем Ерлановна — наставник Оспанова Динара Кайратовна'),
    `the first pair is not listed: ${listed}`);
  await choose(hpage, 'Наставник', 'Ким');
  await choose(hpage, 'Молодой педагог', 'Беков');
  await hpage.screenshot({ path: `${OUT}/8-kz-second-appointment.png`, fullPage: true });
  await hpage.getByRole('button', { name: 'Завершить' }).first().dispatchEvent('click');
  let mentorships = [];
  for (let i = 0; i < 120 && mentorships.length < 2; i++) {
    mentorships = await api('admin', 'GET', '/engine-rest/process-instance?processDefinitionKey=kz-mentorship',
      undefined, ADMIN_PASSWORD);
    if (mentorships.length < 2) await new Promise((r) => setTimeout(r, 1000));
  }
  assert(mentorships.length === 2, `two mentorships expected, running: ${mentorships.length}`);
  await awaitTask('kznast1', 'Task_DiagnoseTeacher');
  await awaitTask('kznast2', 'Task_DiagnoseTeacher');
  log('the kz head appointed two mentorships in Tasklist; each mentor has the diagnostics of their young teacher');

  // ---- 3. the administrator in Cockpit: the program's diagram with the token position
  const admin = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1600, height: 1000 } });
  const cockpit = await admin.newPage();
  await login(cockpit, 'cockpit', 'admin', ADMIN_PASSWORD);
  await cockpit.waitForLoadState('networkidle');
  const instances = await api('admin', 'GET',
    '/engine-rest/process-instance?processDefinitionKey=mentoring-program&businessKeyLike=%25starica%25', undefined,
    ADMIN_PASSWORD).catch(() => []);
  const all = instances.length ? instances
    : await api('admin', 'GET', '/engine-rest/process-instance?processDefinitionKey=mentoring-program', undefined,
      ADMIN_PASSWORD);
  assert(all.length > 0, 'no running program');
  await cockpit.goto(`${BASE}/camunda/app/cockpit/default/#/process-instance/${all[0].id}/runtime`);
  await cockpit.locator('.djs-container svg').first().waitFor({ timeout: TIMEOUT });
  // the running activity carries a token badge (an overlay with the instance count)
  const badge = cockpit.locator('.djs-overlays .badge, .djs-overlay .badge').first();
  await badge.waitFor({ timeout: TIMEOUT });
  const activities = await cockpit.locator('.djs-overlays').evaluateAll((els) =>
    els.filter((e) => e.querySelector('.badge')).map((e) => e.getAttribute('data-container-id')));
  await cockpit.waitForTimeout(1000);
  await cockpit.screenshot({ path: `${OUT}/9-cockpit-program.png`, fullPage: true });
  log(`Cockpit shows the program diagram with the token at ${activities.join(', ')}`);
  console.log(`browser e2e passed; screenshots in ${OUT}`);
} catch (e) {
  for (const ctx of browser.contexts()) {
    for (const [i, p] of ctx.pages().entries()) {
      await p.screenshot({ path: `${OUT}/failure-${browser.contexts().indexOf(ctx)}-${i}.png`, fullPage: true })
        .catch(() => {});
    }
  }
  throw e;
} finally {
  await browser.close();
}
