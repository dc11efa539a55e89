/**
 * Lighthouse (npm) accessibility and performance scores, on the same Debian Chromium the
 * browser figures use, started by chrome-launcher. Desktop uses Lighthouse's desktop preset;
 * mobile is a 390 px phone with Lighthouse's default mobile throttling.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Flags } from 'lighthouse';

export interface LighthouseScores {
  readonly formFactor: 'desktop' | 'mobile';
  readonly accessibility: number | null;
  readonly performance: number | null;
  /** Largest Contentful Paint and Total Blocking Time, ms, as Lighthouse measured them. */
  readonly lcpMs: number | null;
  readonly tbtMs: number | null;
  /** First Contentful Paint, ms, and Cumulative Layout Shift (unitless): the other weighted metrics. */
  readonly fcpMs: number | null;
  readonly cls: number | null;
  /** Failed accessibility audits, by id. */
  readonly failedAccessibility: readonly string[];
}

const CATEGORIES = ['accessibility', 'performance'];

const PHONE: Config = {
  extends: 'lighthouse:default',
  settings: {
    onlyCategories: CATEGORIES,
    formFactor: 'mobile',
    screenEmulation: { mobile: true, width: 390, height: 844, deviceScaleFactor: 3, disabled: false },
  },
};

const DESKTOP: Config = { ...desktopConfig, settings: { ...desktopConfig.settings, onlyCategories: CATEGORIES } };

const score = (value: number | null | undefined): number | null => (value === null || value === undefined ? null : Math.round(value * 100));

export async function lighthouseScores(url: string, chromePath: string, formFactor: 'desktop' | 'mobile'): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error' };
    const result = await lighthouse(url, flags, formFactor === 'desktop' ? DESKTOP : PHONE);
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const accessibilityAudits = categories['accessibility']?.auditRefs.map((ref) => ref.id) ?? [];
    return {
      formFactor,
      accessibility: score(categories['accessibility']?.score),
      performance: score(categories['performance']?.score),
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? null,
      tbtMs: audits['total-blocking-time']?.numericValue ?? null,
      fcpMs: audits['first-contentful-paint']?.numericValue ?? null,
      cls: audits['cumulative-layout-shift']?.numericValue ?? null,
      failedAccessibility: accessibilityAudits.filter((id) => audits[id]?.score === 0),
    };
  } finally {
    chrome.kill();
  }
}
