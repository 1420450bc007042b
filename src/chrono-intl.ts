/**
 * The entry of dist/chrono-intl.cjs: chrono's strict parsers for the languages
 * of months.ts, bundled apart from the English one and loaded only when a text
 * writes one of their month names (normalize/dates.ts).
 */
import type { Chrono } from 'chrono-node/en';
import { strict as de } from 'chrono-node/de';
import { strict as es } from 'chrono-node/es';
import { strict as fr } from 'chrono-node/fr';
import { strict as it } from 'chrono-node/it';
import { strict as nl } from 'chrono-node/nl';
import { strict as pt } from 'chrono-node/pt';
import type { IntlLocale } from './months.js';

/** Every language of INTL_LOCALES, as the type holds it. */
export const parsers: Readonly<Record<IntlLocale, Chrono>> = { fr, es, de, it, pt, nl };
