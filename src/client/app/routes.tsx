import type { ReactNode } from 'react';
import type { User } from '../../shared/schemas/user';
import { AdminPage } from '../features/admin/admin-page';
import { ConsolePage } from '../features/console/console-page';
import { FieldPage } from '../features/field/field-page';
import { LeaderPage } from '../features/leader/leader-page';
import { LoginPage } from '../features/login/login-page';
import { MeetingPage } from '../features/meeting/meeting-page';
import { VideoPage } from '../features/video/video-page';
import { VideoWallScene } from '../features/video/video-wall-scene';
import { WallPage } from '../features/wall/wall-page';
import { homePathForRole } from '../lib/roles';
import { Redirect } from './router/router';
import type { RouteParams } from './router/match';
import { UserMenu } from './user-menu';

export type AppRoute =
  | { path: string; access: 'public'; render: (params: RouteParams) => ReactNode }
  | {
      path: string;
      access: 'private';
      /** `fullscreen` screens draw their own header (the wall), everything else gets the app shell. */
      layout: 'standard' | 'fullscreen';
      render: (context: { params: RouteParams; user: User }) => ReactNode;
    };

/** The route table; features meet here and nowhere else. */
export const ROUTES: readonly AppRoute[] = [
  { path: '/login', access: 'public', render: () => <LoginPage /> },
  {
    path: '/',
    access: 'private',
    layout: 'fullscreen',
    render: ({ user }) => <Redirect to={homePathForRole(user.role)} />,
  },
  {
    path: '/wall',
    access: 'private',
    layout: 'fullscreen',
    render: ({ user }) => (
      <WallPage headerExtras={<UserMenu user={user} />} videoScene={<VideoWallScene />} />
    ),
  },
  { path: '/console', access: 'private', layout: 'standard', render: () => <ConsolePage /> },
  { path: '/console/video', access: 'private', layout: 'standard', render: () => <VideoPage /> },
  { path: '/leader', access: 'private', layout: 'standard', render: () => <LeaderPage /> },
  {
    path: '/meeting/:id',
    access: 'private',
    layout: 'standard',
    render: ({ params }) => <MeetingPage meetingId={params.id ?? ''} />,
  },
  { path: '/field', access: 'private', layout: 'standard', render: ({ user }) => <FieldPage user={user} /> },
  { path: '/admin', access: 'private', layout: 'standard', render: () => <AdminPage /> },
];
