import type { ReactElement, ReactNode } from 'react';
import type { MapMeasure, WallScene } from '../../../shared/schemas/wall';
import { CategoryTodayPanel } from './charts/category-today-panel';
import { DepartmentOnTimePanel } from './charts/department-on-time-panel';
import { PipelinePanel } from './charts/pipeline-panel';
import { RankingPanel } from './charts/ranking-panel';
import { TrendPanel } from './charts/trend-panel';
import { VillageLoadPanel } from './charts/village-load-panel';
import { WallMap } from './map/wall-map';
import { WallCardBoard } from './wall-card-board';

interface Props {
  scene: WallScene;
  scale: number;
  measure: MapMeasure;
  /** The live video wall; it belongs to the video feature, so app/ hands it in. */
  videoScene?: ReactNode;
}

/**
 * One scene at a time: switching unmounts the other scenes' charts and map, which dispose their
 * canvases, so weeks of rotation do not accumulate anything.
 */
export function WallScenes({ scene, scale, measure, videoScene }: Props): ReactElement {
  switch (scene) {
    case 'video':
      return <>{videoScene ?? <main className="wall-body" data-testid="scene-video" />}</>;
    case 'map':
      return (
        <main className="wall-body wall-body--map" data-testid="scene-map">
          <div className="wall-map-box">
            <WallMap measure={measure} scale={scale} />
          </div>
          <div className="wall-column">
            <WallCardBoard />
            <PipelinePanel scale={scale} />
          </div>
        </main>
      );
    case 'ranking':
      return (
        <main className="wall-body wall-body--ranking" data-testid="scene-ranking">
          <RankingPanel scale={scale} />
          <div className="wall-column">
            <WallCardBoard />
            <DepartmentOnTimePanel scale={scale} />
          </div>
          <div className="wall-column">
            <VillageLoadPanel scale={scale} />
            <CategoryTodayPanel scale={scale} />
          </div>
        </main>
      );
    case 'overview':
      return (
        <main className="wall-body wall-body--overview" data-testid="scene-overview">
          <div className="wall-column">
            <CategoryTodayPanel scale={scale} />
            <TrendPanel scale={scale} />
            <PipelinePanel scale={scale} />
          </div>
          <div className="wall-map-box">
            <WallMap measure={measure} scale={scale} />
          </div>
          <div className="wall-column">
            <WallCardBoard />
            <DepartmentOnTimePanel scale={scale} />
            <VillageLoadPanel scale={scale} />
          </div>
        </main>
      );
  }
}
