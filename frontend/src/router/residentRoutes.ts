import type { RouteRecordRaw } from 'vue-router'

/** The pages residents use, with no account. */
export const residentRoutes: RouteRecordRaw[] = [
  {
    path: '/map',
    name: 'map',
    component: () => import('../pages/MapPage.vue'),
    meta: { titleKey: 'map.title' },
  },
  {
    path: '/map/print',
    name: 'map-print',
    component: () => import('../pages/PrintPage.vue'),
    meta: { titleKey: 'print.pageTitle' },
  },
  {
    path: '/places/:id(\\d+)',
    name: 'place',
    component: () => import('../pages/PlacePage.vue'),
    meta: { titleKey: 'place.pageTitle' },
  },
]
