// Entry: Vue with the Element Plus components the pages use (imported one by one so that the
// bundle carries only those), the zh-CN locale, the router.
import { createApp } from 'vue'
import {
  ElAlert, ElButton, ElCard, ElCol, ElConfigProvider, ElDescriptions, ElDescriptionsItem, ElDialog,
  ElEmpty, ElForm, ElFormItem, ElInput, ElLoading, ElMenu, ElMenuItem, ElOption,
  ElPagination, ElRow, ElSelect, ElTabPane, ElTable, ElTableColumn, ElTabs, ElTag,
} from 'element-plus'
import 'element-plus/dist/index.css'
import App from './App.vue'
import { router } from './router.js'
import { setUnauthenticatedHandler } from './api.js'
import './style.css'

const app = createApp(App)
for (const component of [
  ElAlert, ElButton, ElCard, ElCol, ElConfigProvider, ElDescriptions, ElDescriptionsItem, ElDialog,
  ElEmpty, ElForm, ElFormItem, ElInput, ElLoading, ElMenu, ElMenuItem, ElOption,
  ElPagination, ElRow, ElSelect, ElTabPane, ElTable, ElTableColumn, ElTabs, ElTag,
]) {
  app.use(component)
}
app.use(router)
setUnauthenticatedHandler(() => {
  const here = router.currentRoute.value
  if (here.path.startsWith('/console') && here.name !== 'login') {
    router.push({ name: 'login', query: { redirect: here.fullPath, expired: '1' } })
  }
})
app.mount('#app')
