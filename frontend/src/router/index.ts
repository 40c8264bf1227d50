import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import type { Role } from '../api/session'
import HomePage from '../pages/HomePage.vue'
import { useSessionStore } from '../stores/session'
import { cswRoutes } from './cswRoutes'
import { adminRoutes } from './adminRoutes'
import { orgRoutes } from './orgRoutes'
import { residentRoutes } from './residentRoutes'

declare module 'vue-router' {
  interface RouteMeta {
    /** Locale key of the page title; the home page uses the product name alone. */
    titleKey?: string
    /** Staff pages: the roles that may open them. The server checks every request again. */
    roles?: readonly Role[]
  }
}

const accountRoutes: RouteRecordRaw[] = [
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('../pages/account/SignInPage.vue'),
    meta: { titleKey: 'signIn.title' },
  },
  {
    path: '/account/password',
    name: 'password',
    component: () => import('../pages/account/PasswordPage.vue'),
    meta: { titleKey: 'password.title', roles: ['ADMIN', 'CSW', 'ORG_MEMBER'] },
  },
  {
    path: '/no-access',
    name: 'no-access',
    component: () => import('../pages/account/NoAccessPage.vue'),
    meta: { titleKey: 'noAccess.title' },
  },
]

export const router = createRouter({
  // History mode: the backend answers unknown non-API paths with index.html.
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', name: 'home', component: HomePage },
    ...residentRoutes,
    ...accountRoutes,
    ...cswRoutes,
    ...orgRoutes,
    ...adminRoutes,
    {
      path: '/credits',
      name: 'credits',
      component: () => import('../pages/CreditsPage.vue'),
      meta: { titleKey: 'credits.title' },
    },
    {
      path: '/:pathMatch(.*)*',
      name: 'not-found',
      component: () => import('../pages/NotFoundPage.vue'),
      meta: { titleKey: 'notFound.title' },
    },
  ],
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
})

// Staff pages need the right account; a password the administrator reset is changed first.
router.beforeEach(async (to) => {
  const roles = to.meta.roles
  if (!roles) return true
  const session = useSessionStore()
  await session.load()
  if (!session.account) return { name: 'sign-in', query: { next: to.fullPath } }
  if (session.account.mustChangePassword && to.name !== 'password') return { name: 'password' }
  return session.hasRole(roles) ? true : { name: 'no-access' }
})
