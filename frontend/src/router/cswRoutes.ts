import type { RouteRecordRaw } from 'vue-router'

const CSW = ['CSW'] as const

/** The CSW workspace: every page needs a CSW account (the server checks each request again). */
export const cswRoutes: RouteRecordRaw[] = [
  {
    path: '/csw',
    name: 'caseload',
    component: () => import('../pages/csw/CaseloadPage.vue'),
    meta: { titleKey: 'csw.caseload.title', roles: CSW },
  },
  {
    path: '/csw/consult',
    name: 'consult',
    component: () => import('../pages/csw/PersonWorkspacePage.vue'),
    meta: { titleKey: 'csw.consult.title', roles: CSW },
  },
  {
    path: '/csw/persons/:id(\\d+)',
    name: 'person',
    component: () => import('../pages/csw/PersonWorkspacePage.vue'),
    meta: { titleKey: 'csw.person.title', roles: CSW },
  },
  {
    path: '/csw/referrals/:id(\\d+)',
    name: 'journey',
    component: () => import('../pages/csw/JourneyPage.vue'),
    meta: { titleKey: 'csw.journey.pageTitle', roles: CSW },
  },
  {
    path: '/csw/referrals/:id(\\d+)/sheet',
    name: 'sheet',
    component: () => import('../pages/csw/SheetPage.vue'),
    meta: { titleKey: 'csw.sheet.title', roles: CSW },
  },
  {
    path: '/csw/card/:offerId(\\d+)',
    name: 'card',
    component: () => import('../pages/csw/CardPage.vue'),
    meta: { titleKey: 'csw.card.title', roles: CSW },
  },
  {
    path: '/csw/gaps',
    name: 'gaps',
    component: () => import('../pages/csw/GapMapPage.vue'),
    meta: { titleKey: 'csw.gaps.title', roles: ['CSW', 'ADMIN'] },
  },
]
