// The UI's routes (docs/web.md): the public portal at the root, the officers' console under
// /console (login required). History routing: the server answers index.html for these paths.
import { createRouter, createWebHistory } from 'vue-router'
import { session } from './session.js'
import SearchPage from './portal/SearchPage.vue'

const routes = [
  { path: '/', name: 'search', component: SearchPage, meta: { title: '企业信用查询' } },
  {
    path: '/enterprises/:uscc',
    name: 'enterprise',
    component: () => import('./portal/EnterprisePage.vue'),
    meta: { title: '企业信用信息' },
  },
  {
    path: '/lists/:kind(dishonest|abnormal|exposure)',
    name: 'lists',
    component: () => import('./portal/ListsPage.vue'),
    meta: { title: '公示名单' },
  },
  { path: '/lists', redirect: '/lists/dishonest' },
  { path: '/cases', name: 'cases', component: () => import('./portal/CasesPage.vue'), meta: { title: '典型案例' } },
  { path: '/opendata', name: 'opendata', component: () => import('./portal/OpenDataPage.vue'), meta: { title: '开放数据' } },
  { path: '/spotcheck', name: 'spotcheck', component: () => import('./portal/SpotcheckPage.vue'), meta: { title: '双随机抽查公示' } },
  {
    path: '/spotcheck/draws/:id',
    name: 'draw',
    component: () => import('./portal/DrawPage.vue'),
    meta: { title: '抽取记录' },
  },
  { path: '/console/login', name: 'login', component: () => import('./console/LoginPage.vue'), meta: { title: '登录' } },
  {
    path: '/console',
    component: () => import('./console/ConsoleLayout.vue'),
    meta: { requiresLogin: true },
    children: [
      { path: '', name: 'dashboard', component: () => import('./console/DashboardPage.vue'), meta: { title: '工作台' } },
      { path: 'enterprises', name: 'console-enterprises', component: () => import('./console/EnterprisesPage.vue'), meta: { title: '企业监管' } },
      {
        path: 'enterprises/:uscc',
        name: 'console-enterprise',
        component: () => import('./console/EnterpriseDetail.vue'),
        meta: { title: '企业详情' },
      },
      { path: 'repairs', name: 'repairs', component: () => import('./console/RepairsPage.vue'), meta: { title: '信用修复' } },
      { path: 'dishonest', name: 'dishonest', component: () => import('./console/DishonestPage.vue'), meta: { title: '失信名单' } },
    ],
  },
  { path: '/:rest(.*)*', name: 'not-found', component: () => import('./portal/NotFound.vue'), meta: { title: '页面不存在' } },
]

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: () => ({ top: 0 }),
})

router.beforeEach((to) => {
  if (to.matched.some((r) => r.meta.requiresLogin) && !session.token) {
    return { name: 'login', query: { redirect: to.fullPath } }
  }
  return true
})

router.afterEach((to) => {
  document.title = `${to.meta.title ?? '信监'} · 信监 Xinjian`
})
