import type { RouteRecordRaw } from 'vue-router'

/** Administrators' screens (社協 or city). */
const roles = ['ADMIN'] as const

export const adminRoutes: RouteRecordRaw[] = [
  {
    path: '/admin',
    name: 'admin',
    component: () => import('../pages/admin/AdminHomePage.vue'),
    meta: { titleKey: 'admin.title', roles },
  },
  {
    path: '/admin/accounts',
    name: 'admin-accounts',
    component: () => import('../pages/admin/AccountsPage.vue'),
    meta: { titleKey: 'accounts.title', roles },
  },
  {
    path: '/admin/areas',
    name: 'admin-areas',
    component: () => import('../pages/admin/AreasPage.vue'),
    meta: { titleKey: 'areasAdmin.title', roles },
  },
  {
    path: '/admin/tags',
    name: 'admin-tags',
    component: () => import('../pages/admin/TagsPage.vue'),
    meta: { titleKey: 'tagsAdmin.title', roles },
  },
  {
    path: '/admin/stale',
    name: 'admin-stale',
    component: () => import('../pages/admin/StalePage.vue'),
    meta: { titleKey: 'admin.staleTitle', roles },
  },
  {
    path: '/admin/audit',
    name: 'admin-audit',
    component: () => import('../pages/admin/AuditPage.vue'),
    meta: { titleKey: 'audit.title', roles },
  },
]
