import type { RouteRecordRaw } from 'vue-router'

/** The organisation portal: members of an organisation, and administrators for any of them. */
const roles = ['ORG_MEMBER', 'ADMIN'] as const

export const orgRoutes: RouteRecordRaw[] = [
  {
    path: '/org',
    name: 'org',
    component: () => import('../pages/org/OrgHomePage.vue'),
    meta: { titleKey: 'org.title', roles },
  },
  {
    path: '/org/places/new',
    name: 'org-place-new',
    component: () => import('../pages/org/PlaceEditPage.vue'),
    meta: { titleKey: 'placeForm.newTitle', roles },
  },
  {
    path: '/org/places/:id(\\d+)',
    name: 'org-place',
    component: () => import('../pages/org/PlaceEditPage.vue'),
    meta: { titleKey: 'placeForm.editTitle', roles },
  },
  {
    path: '/org/offers/new',
    name: 'org-offer-new',
    component: () => import('../pages/org/OfferEditPage.vue'),
    meta: { titleKey: 'offerForm.newTitle', roles },
  },
  {
    path: '/org/offers/:id(\\d+)',
    name: 'org-offer',
    component: () => import('../pages/org/OfferEditPage.vue'),
    meta: { titleKey: 'offerForm.editTitle', roles },
  },
  {
    path: '/org/import',
    name: 'org-import',
    component: () => import('../pages/org/ImportPage.vue'),
    meta: { titleKey: 'importPage.title', roles },
  },
  {
    path: '/org/referrals',
    name: 'org-referrals',
    component: () => import('../pages/org/ReferralsPage.vue'),
    meta: { titleKey: 'referrals.title', roles: ['ORG_MEMBER'] },
  },
]
