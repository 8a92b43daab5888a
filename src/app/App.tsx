import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { BoardScreen } from '../features/board/BoardScreen'
import { HomeScreen } from '../features/home/HomeScreen'
import { requestPersistentStorage } from '../persistence/storage'
import { parseRoute, useHash } from '../ui/router'
import { UpdateNotice } from './UpdateNotice'

export function App() {
  const route = parseRoute(useHash())
  const { i18n } = useTranslation()
  useEffect(() => {
    void requestPersistentStorage()
  }, [])
  useEffect(() => {
    document.documentElement.lang = i18n.language
  }, [i18n.language])
  return (
    <>
      {route.name === 'board' ? <BoardScreen key={route.id} id={route.id} /> : <HomeScreen />}
      <UpdateNotice />
    </>
  )
}
