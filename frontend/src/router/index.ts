import { createRouter, createWebHistory } from 'vue-router'
import HomePage from '../pages/HomePage.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** Locale key of the page title; the home page uses the product name alone. */
    titleKey?: string
  }
}

export const router = createRouter({
  // History mode: the backend answers unknown non-API paths with index.html.
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', name: 'home', component: HomePage },
    {
      path: '/map',
      name: 'map',
      component: () => import('../pages/MapPage.vue'),
      meta: { titleKey: 'map.title' },
    },
    {
      path: '/places/:id(\\d+)',
      name: 'place',
      component: () => import('../pages/PlacePage.vue'),
      meta: { titleKey: 'place.pageTitle' },
    },
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
