import { useEffect } from 'react'
import { lazyComponent } from '../ui/lazyComponent'
import { useTranslation } from 'react-i18next'
import { BoardRoute } from '../features/live/BoardRoute'
import { requestPersistentStorage } from '../persistence/storage'
import { parseRoute, useHash } from '../ui/router'
import { UpdateNotice } from './UpdateNotice'
import { RestoredNotice } from './RestoredNotice'
import { ErrorBoundary } from '../ui/ErrorBoundary'
import { BoardLinks } from '../features/home/BoardLinks'
import { downloadReadableBoard, openBoardTitle } from '../features/board/downloadReadable'
import { downloadWorkspaceBackup } from '../features/io/BackupTools'
import { t } from '../i18n'

// the home screen's code comes when the home screen is shown (a board opened by its address
// does not wait for it), as a join link's screen comes when a join link opens
const HomeScreen = lazyComponent(() => import('../features/home/HomeScreen').then((m) => m.HomeScreen))
const JoinScreen = lazyComponent(() => import('../features/live/JoinScreen').then((m) => m.JoinScreen))

export function App() {
  const route = parseRoute(useHash())
  const { i18n } = useTranslation()
  useEffect(() => {
    void requestPersistentStorage()
  }, [])
  useEffect(() => {
    document.documentElement.lang = i18n.language
  }, [i18n.language])
  // One error boundary per screen: what throws while drawing a screen is shown with the file
  // download of what could be read and the way to the other boards.
  return (
    <>
      {route.name === 'board' ? (
        <ErrorBoundary key={route.id} scope="board" as="main" onDownload={() => downloadReadableBoard(route.id)} getName={() => openBoardTitle(route.id)}>
          <BoardRoute id={route.id} />
        </ErrorBoundary>
      ) : route.name === 'join' ? (
        <JoinScreen key={route.room} room={route.room} secret={route.secret} />
      ) : (
        <ErrorBoundary key="home" scope="home" as="main" download="all" onDownload={() => downloadWorkspaceBackup(t)} others={<BoardLinks />}>
          <HomeScreen />
        </ErrorBoundary>
      )}
      <UpdateNotice />
      <RestoredNotice />
    </>
  )
}

/** The root boundary: whatever the screens' own boundaries could not hold. */
export function Root() {
  return (
    <ErrorBoundary scope="app" as="main" download="all" onDownload={() => downloadWorkspaceBackup(t)}>
      <App />
    </ErrorBoundary>
  )
}
