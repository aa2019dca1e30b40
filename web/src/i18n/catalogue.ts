/**
 * Every translation, English and Spanish. The shared catalogue (en.json,
 * es.json) holds the layout and the directory; each later feature keeps its
 * own pair (`<feature>.en.json`, `<feature>.es.json`) under its own top-level
 * key, added here with one import per language.
 */

import allocationEn from './allocation.en.json' with { type: 'json' };
import allocationEs from './allocation.es.json' with { type: 'json' };
import consortiaEn from './consortia.en.json' with { type: 'json' };
import consortiaEs from './consortia.es.json' with { type: 'json' };
import decisionsEn from './decisions.en.json' with { type: 'json' };
import decisionsEs from './decisions.es.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import leadsEn from './leads.en.json' with { type: 'json' };
import leadsEs from './leads.es.json' with { type: 'json' };
import notificationsEn from './notifications.en.json' with { type: 'json' };
import notificationsEs from './notifications.es.json' with { type: 'json' };
import partnershipsEn from './partnerships.en.json' with { type: 'json' };
import partnershipsEs from './partnerships.es.json' with { type: 'json' };
import teamsEn from './teams.en.json' with { type: 'json' };
import teamsEs from './teams.es.json' with { type: 'json' };
import trustEn from './trust.en.json' with { type: 'json' };
import trustEs from './trust.es.json' with { type: 'json' };

export const catalogues = {
  en: {
    ...en,
    trust: trustEn,
    ...allocationEn,
    ...decisionsEn,
    ...teamsEn,
    ...consortiaEn,
    ...leadsEn,
    ...notificationsEn,
    ...partnershipsEn,
  },
  es: {
    ...es,
    trust: trustEs,
    ...allocationEs,
    ...decisionsEs,
    ...teamsEs,
    ...consortiaEs,
    ...leadsEs,
    ...notificationsEs,
    ...partnershipsEs,
  },
};

export type Catalogue = typeof catalogues.en;
