/**
 * The collaboration graph drawn with sigma (WebGL) on a graphology graph laid
 * out by ForceAtlas2. Nodes are co-ops (size by people, colour by stage),
 * edges joint work (thickness by count). A click opens the co-op's page. The
 * same data is always listed in a table beside it, for keyboards, screen
 * readers and browsers without WebGL.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import Sigma from 'sigma';
import type { Schemas } from '../../api/client.ts';

// A CommonJS package: bundlers hand over module.exports, type declarations a `default` on it.
const forceAtlas2 = (
  'default' in forceAtlas2Module ? forceAtlas2Module.default : forceAtlas2Module
) as typeof forceAtlas2Module.default;

const STAGE_COLOUR: Record<string, string> = { new: '#c2410c', growing: '#1d4ed8', stable: '#15803d' };

export function buildGraph(data: Schemas['CollaborationGraph']): UndirectedGraph {
  const graph = new UndirectedGraph();
  const n = data.nodes.length || 1;
  data.nodes.forEach((node, i) => {
    // A circle to start from: ForceAtlas2 needs positions, and a fixed start keeps the layout stable.
    graph.addNode(node.slug, {
      label: node.name,
      x: Math.cos((2 * Math.PI * i) / n),
      y: Math.sin((2 * Math.PI * i) / n),
      size: 4 + Math.sqrt(Math.max(1, node.size)) * 2,
      color: STAGE_COLOUR[node.stage] ?? '#555',
    });
  });
  for (const e of data.edges) {
    if (graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.source, e.target))
      graph.addEdge(e.source, e.target, { size: 1 + Math.min(6, e.count), color: '#94a3b8' });
  }
  if (graph.order > 1)
    forceAtlas2.assign(graph, { iterations: 200, settings: forceAtlas2.inferSettings(graph) });
  return graph;
}

export function CollaborationGraphView(props: { data: Schemas['CollaborationGraph'] }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!container.current || props.data.nodes.length === 0) return;
    let renderer: Sigma | null = null;
    try {
      renderer = new Sigma(buildGraph(props.data), container.current);
      renderer.on('clickNode', ({ node }) => navigate(`/coops/${node}`));
    } catch {
      // No WebGL (some headless or locked-down browsers): the table below still says it all.
      setFailed(true);
    }
    return () => renderer?.kill();
  }, [props.data, navigate]);

  if (props.data.nodes.length === 0) return <p className="muted">{t('trust.graph.empty')}</p>;
  return (
    <figure className="collab-graph">
      {failed ? (
        <p className="notice">{t('trust.graph.noWebgl')}</p>
      ) : (
        <div
          ref={container}
          className="collab-graph__canvas"
          role="img"
          aria-label={t('trust.graph.canvasLabel', {
            coops: props.data.nodes.length,
            links: props.data.edges.length,
          })}
        />
      )}
      <figcaption className="muted">
        {t('trust.graph.legend')}{' '}
        {(['new', 'growing', 'stable'] as const).map((s) => (
          <span key={s} className="collab-graph__key">
            <span className="swatch" style={{ background: STAGE_COLOUR[s] }} aria-hidden="true" />
            {t(`stage.${s}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
