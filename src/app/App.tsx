import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { HomeScreen } from '../features/home/HomeScreen'
import { BoardRoute } from '../features/live/BoardRoute'
import { JoinScreen } from '../features/live/JoinScreen'
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
      {route.name === 'board' ? (
        <BoardRoute key={route.id} id={route.id} />
      ) : route.name === 'join' ? (
        <JoinScreen key={route.room} room={route.room} secret={route.secret} />
      ) : (
        <HomeScreen />
      )}
      <UpdateNotice />
    </>
  )
}
