import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SLA_RULES } from '../../shared/clock/limits';
import { DEFAULT_LADDERS, workingDayMs, type ClockConfig } from '../../shared/clock/order-clocks';
import { makeCalendar, missingYears } from '../../shared/clock/working-time';
import {
  calendarYear,
  DEFAULT_WORKING_HOURS,
  type CalendarYear,
  type SlaLimit,
} from '../../shared/schemas/calendar';
import { oversightSettings, type OversightSettings } from '../../shared/schemas/oversight';
import type { Repository } from '../db/repository';

const SETTINGS_KEY = 'oversight';
const CALENDAR_PREFIX = 'calendar:';
const BUNDLED_CALENDARS = ['cn-holidays-2026.json'];
const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'calendar');

export const DEFAULT_OVERSIGHT: OversightSettings = {
  rules: [...DEFAULT_SLA_RULES],
  workingHours: [...DEFAULT_WORKING_HOURS],
  ladders: DEFAULT_LADDERS as OversightSettings['ladders'],
  escalateAfterWorkingDays: 2,
};

/** The bundled State Council calendars (2026), shipped in the repository. */
export function bundledCalendars(): CalendarYear[] {
  return BUNDLED_CALENDARS.map((file) =>
    calendarYear.parse(JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8'))),
  );
}

/**
 * The settings the clocks run on — rule table, working hours, ladders, the escalation delay — and
 * the working calendars, kept in the settings table and held in memory as one ClockConfig.
 */
export class OversightConfig {
  private settings: OversightSettings = DEFAULT_OVERSIGHT;
  private years: CalendarYear[] = [];
  private config: ClockConfig = this.build();

  /** `demoSpeed` > 1 compresses every limit for the simulated town (see ClockConfig.demo). */
  constructor(
    private readonly repo: Repository,
    private readonly demoSpeed = 1,
  ) {}

  async load(): Promise<void> {
    const stored = await this.repo.oversight.getSetting<unknown>(SETTINGS_KEY);
    const parsed = stored === null ? null : oversightSettings.safeParse(stored);
    this.settings = parsed?.success ? parsed.data : DEFAULT_OVERSIGHT;
    const imported = await this.repo.oversight.listSettings(CALENDAR_PREFIX);
    const byYear = new Map<number, CalendarYear>();
    for (const year of bundledCalendars()) byYear.set(year.year, year);
    for (const { data } of imported) {
      const year = calendarYear.safeParse(data);
      if (year.success) byYear.set(year.data.year, year.data);
    }
    this.years = [...byYear.values()].sort((a, b) => a.year - b.year);
    this.config = this.build();
  }

  current(): ClockConfig {
    return this.config;
  }

  get(): OversightSettings {
    return this.settings;
  }

  calendars(): CalendarYear[] {
    return this.years;
  }

  /** Years from `year` to the next one that have no official schedule (the UI warns about them). */
  missing(year: number): number[] {
    return missingYears(this.config.calendar, year, year + 1);
  }

  async save(settings: OversightSettings, at: string): Promise<void> {
    await this.repo.transaction((tx) => tx.oversight.putSetting(SETTINGS_KEY, settings, at));
    this.settings = settings;
    this.config = this.build();
  }

  async importCalendar(year: CalendarYear, at: string): Promise<void> {
    await this.repo.transaction((tx) => tx.oversight.putSetting(`${CALENDAR_PREFIX}${year.year}`, year, at));
    this.years = [...this.years.filter((y) => y.year !== year.year), year].sort((a, b) => a.year - b.year);
    this.config = this.build();
  }

  private build(): ClockConfig {
    const calendar = makeCalendar(this.years ?? [], this.settings.workingHours);
    const speed = this.demoSpeed;
    const config: ClockConfig = {
      calendar,
      rules: this.settings.rules,
      ladders: this.settings.ladders,
      escalateAfterWorkingDays: this.settings.escalateAfterWorkingDays,
    };
    if (!(speed > 1)) return config;
    // The simulated town lives `speed` times faster: each limit becomes its length in minutes
    // (a working day = the working hours of one day), divided by the speed, on the natural clock,
    // so cards and escalations show within minutes whatever the hour.
    const dayMinutes = workingDayMs(calendar) / 60_000;
    const minutes = { minutes: 1, hours: 60, days: dayMinutes } as const;
    const compress = (l: SlaLimit): SlaLimit => ({
      amount: Math.max(1, Math.round((l.amount * minutes[l.unit]) / speed)),
      unit: 'minutes',
      time: 'natural',
    });
    return {
      ...config,
      rules: this.settings.rules.map((r) => ({
        ...r,
        signOff: compress(r.signOff),
        resolve: compress(r.resolve),
      })),
      demo: { speed },
    };
  }

  /** The simulated town's time compression, 1 when real. */
  get speed(): number {
    return this.demoSpeed > 1 ? this.demoSpeed : 1;
  }
}
