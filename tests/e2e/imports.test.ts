// The figures import in Chromium, as the ISU uses it with a spreadsheet in any locale: a semicolon CSV with a decimal
// comma (Excel in French or Spanish), then an Excel workbook (.xlsx) made with exceljs; each checked as a dry run that
// lists its change with the right value, then applied as drafts, which the review lists and publishing makes public.
// The public footer offers the Excel export beside the CSV. axe on the import page at 1280 px, at 360 px and in Arabic.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { XLSX_MEDIA_TYPE } from '../../shared/src/schemas/workspace.ts';
import { expectAxeClean, newPage, SCREENSHOT_DIR } from '../helpers/browser.ts';
import { browserAppPerFile } from '../helpers/e2e-app.ts';
import { signedInContext, signedInPage } from '../helpers/e2e-accounts.ts';

const ADMIN = 'admin@imports.test';
const CSV_INDICATOR = 'a9-assessed-contributions-on-time';
const XLSX_INDICATOR = 'a27-re-integrated';

const app = browserAppPerFile({ accounts: [{ email: ADMIN }] });

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `imports-${name}.png`), fullPage: true });

/** A workbook as someone makes one in Excel: the header, then one figure per row; the value a number cell. */
async function workbook(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Figures');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Chooses the file on the import page, checks it, and waits for the dry run's report. */
async function checkFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto(`${app.server.url}/workspace/import`);
  await page.getByRole('heading', { level: 1, name: 'Import figures' }).waitFor();
  await page.getByLabel('CSV or Excel file', { exact: true }).setInputFiles(file);
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('heading', { name: `What ${file.name} would change` }).waitFor();
}

/** The one row the dry run would change, cell by cell: file row, indicator, cycle, now, after the import. */
async function onlyChange(page: Page): Promise<{ row: string; indicator: string; cycle: string; now: string; after: string }> {
  const changes = page.getByRole('table', { name: '1 row that would change' });
  expect(await changes.locator('tbody tr').count()).toBe(1);
  const [row = '', indicator = '', cycle = '', now = '', after = ''] = (await changes.locator('tbody tr').first().locator('th, td').allTextContents()).map((t) => t.trim());
  return { row, indicator, cycle, now, after };
}

async function apply(page: Page, name: string) {
  await page.getByRole('button', { name: 'Apply: save 1 draft' }).click();
  await page.getByRole('heading', { name: `${name} has been imported` }).waitFor();
  await page.getByText('1 figure is saved as a draft.').waitFor();
}

describe('importing figures from spreadsheets', () => {
  it('imports a semicolon CSV with a decimal comma and an .xlsx workbook as drafts; publishing makes both public', async () => {
    const { context, page } = await signedInPage(app.browser, app.server.url, ADMIN);

    // The cycle the figures are for.
    await page.getByLabel(/^Code/).fill('14MSP');
    await page.getByLabel(/^Year/).fill('2026');
    await page.getByLabel(/^Meeting/).fill('Fourteenth Meeting of States Parties');
    await page.getByRole('button', { name: 'Add the cycle' }).click();
    await page.getByText('14MSP has been added.').waitFor();

    // A CSV as Excel saves it in French or Spanish: BOM, semicolons, CRLF and a decimal comma.
    const csv = `\uFEFF${[
      'indicatorId;cycle;spanFrom;value;qualifier;denominator;reporting;document;paragraph;note',
      `${CSV_INDICATOR};14MSP;;31,5;average;;reported;Article 7 reports 2026;;"Moyenne; selon les rapports"`,
    ].join('\r\n')}\r\n`;
    await checkFile(page, { name: 'chiffres-14msp.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const csvChange = await onlyChange(page);
    expect(csvChange).toMatchObject({ row: '2', indicator: CSV_INDICATOR, cycle: '14MSP' });
    expect(csvChange.after).toMatch(/^31\.5\b/);
    await expectAxeClean(page, 'import, CSV dry run');
    await shot(page, 'csv-dry-run');
    await apply(page, 'chiffres-14msp.csv');

    // An .xlsx workbook: columns in its own order, the value a number cell, the paragraph a formula with its result.
    const xlsx = await workbook([
      ['indicatorId', 'cycle', 'value', 'denominator', 'document', 'paragraph', 'note'],
      [XLSX_INDICATOR, '14MSP', 9, 10, 'Article 7 reports 2026', { formula: '10+2', result: 12 }, 'Nine of ten, from the workbook'],
    ]);
    await checkFile(page, { name: 'figures-14msp.xlsx', mimeType: XLSX_MEDIA_TYPE, buffer: xlsx });
    const xlsxChange = await onlyChange(page);
    expect(xlsxChange).toMatchObject({ row: '2', indicator: XLSX_INDICATOR, cycle: '14MSP' });
    expect(xlsxChange.after).toMatch(/^9 of 10\b/);
    await expectAxeClean(page, 'import, xlsx dry run');
    await shot(page, 'xlsx-dry-run');
    await apply(page, 'figures-14msp.xlsx');

    // What the page promises: review and publish them.
    await page.getByRole('link', { name: 'Review and publish them' }).click();
    await page.getByRole('heading', { level: 1, name: 'Review and publish' }).waitFor();
    await page.getByLabel('Cycle', { exact: true }).selectOption('14MSP');
    const drafts = page.getByRole('table', { name: /Drafts of 14MSP/ });
    await drafts.getByRole('rowheader', { name: CSV_INDICATOR }).waitFor();
    await drafts.getByRole('rowheader', { name: XLSX_INDICATOR }).waitFor();
    await page.getByRole('button', { name: 'Publish 14MSP…' }).click();
    await page.getByRole('button', { name: 'Yes, publish 14MSP' }).click();
    await page.getByRole('status').filter({ hasText: '14MSP is published' }).waitFor();

    // The public indicator pages show the published figures, each as the file gave it.
    for (const [indicator, value, note] of [
      [CSV_INDICATOR, /^31\.5\b/, 'Moyenne; selon les rapports'],
      [XLSX_INDICATOR, /^9 of 10$/, 'Nine of ten, from the workbook'],
    ] as const) {
      await page.goto(`${app.server.url}/indicators/${indicator}`);
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '14MSP', exact: true }) }).first();
      await row.waitFor();
      const cells = (await row.locator('td').allTextContents()).map((t) => t.trim());
      expect(cells.some((cell) => value.test(cell)), `${indicator}: ${cells.join(' | ')}`).toBe(true);
      expect(cells, indicator).toContain(note);
    }

    // The public footer offers all figures as Excel beside CSV, in the reader's language.
    await page.goto(`${app.server.url}/?lang=fr`);
    const footer = page.locator('footer.site-footer');
    await expect(footer.getByRole('link', { name: 'Tous les chiffres (Excel, .xlsx)' }).getAttribute('href')).resolves.toBe('/api/v1/export.xlsx?lang=fr');
    await expect(footer.getByRole('link', { name: 'Tous les chiffres (CSV)' }).getAttribute('href')).resolves.toBe('/api/v1/export.csv?lang=fr');
    const download = await page.request.get(`${app.server.url}/api/v1/export.xlsx?lang=fr`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe(XLSX_MEDIA_TYPE);
    await context.close();
  });

  it('the import page is accessible at 1280 px, at 360 px and in Arabic (right to left), and says it takes CSV and Excel', async () => {
    const context = await signedInContext(app.browser, app.server.url, ADMIN);
    for (const [lang, width, heading] of [
      ['en', 1280, 'Import figures'],
      ['en', 360, 'Import figures'],
      ['ar', 1280, 'استيراد الأرقام'],
      ['ar', 360, 'استيراد الأرقام'],
    ] as const) {
      const page = await newPage(context, width, 800);
      const screen = `import ${lang} ${width} px`;
      await page.goto(`${app.server.url}/workspace/import?lang=${lang}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe(lang === 'ar' ? 'rtl' : 'ltr');
      const input = page.locator('input[type="file"]').first();
      expect(await input.getAttribute('accept')).toContain('.xlsx');
      if (lang === 'en') {
        await page.getByLabel('CSV or Excel file', { exact: true }).waitFor();
        await page.getByRole('link', { name: 'Download the current figures (Excel)' }).waitFor();
      } else {
        await page.getByLabel('ملف CSV أو Excel', { exact: true }).waitFor();
      }
      await expectAxeClean(page, screen);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${screen}: the page scrolls sideways`).toBeLessThanOrEqual(0);
      await shot(page, `page-${lang}-${width}`);
      await page.close();
    }
    await context.close();
  });
});
