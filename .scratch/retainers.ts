export function retainerReport(snap: any, keys: string[]) {
  const f = snap.snapshot.meta.node_fields as string[];
  const ef = snap.snapshot.meta.edge_fields as string[];
  const types = snap.snapshot.meta.node_types[0] as string[];
  const etypes = snap.snapshot.meta.edge_types[0] as string[];
  const N = f.length, E = ef.length;
  const ti = f.indexOf('type'), ni = f.indexOf('name'), eci = f.indexOf('edge_count');
  const eti = ef.indexOf('type'), eni = ef.indexOf('name_or_index'), eto = ef.indexOf('to_node');
  const nodeCount = snap.nodes.length / N;
  const label = (i: number) => {
    const t = types[snap.nodes[i * N + ti]];
    let nm = String(snap.strings[snap.nodes[i * N + ni]]);
    if (t === 'string' || t === 'concatenated string') nm = '(string)';
    return `${t}:${nm.slice(0, 50)}`;
  };
  // reverse edges
  const rev: Array<Array<[number, string]>> = Array.from({ length: nodeCount }, () => []);
  let e = 0;
  for (let i = 0; i < nodeCount; i++) {
    const ec = snap.nodes[i * N + eci];
    for (let k = 0; k < ec; k++, e += E) {
      const et = etypes[snap.edges[e + eti]];
      const to = snap.edges[e + eto] / N;
      const nm = et === 'element' || et === 'hidden' ? `[${snap.edges[e + eni]}]` : String(snap.strings[snap.edges[e + eni]]);
      if (et === 'weak') continue;
      rev[to].push([i, `${et}:${nm}`]);
    }
  }
  for (const key of keys) {
    const agg = new Map<string, number>();
    for (let i = 0; i < nodeCount; i++) {
      if (label(i) !== key) continue;
      for (const [r, en] of rev[i]) {
        const rr = rev[r].slice(0, 2).map(([q, qn]) => `${label(q)}.${qn}`).join(' | ');
        const k = `${label(r)} --${en}--> ; via ${rr}`;
        agg.set(k, (agg.get(k) ?? 0) + 1);
      }
    }
    console.log(`retainers of ${key}:`);
    for (const [k, c] of [...agg.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`   ${c}  ${k.slice(0, 300)}`);
  }
}

export function pathsToRoot(snap: any, key: string, samples = 4) {
  const f = snap.snapshot.meta.node_fields as string[];
  const ef = snap.snapshot.meta.edge_fields as string[];
  const types = snap.snapshot.meta.node_types[0] as string[];
  const etypes = snap.snapshot.meta.edge_types[0] as string[];
  const N = f.length, E = ef.length;
  const ti = f.indexOf('type'), ni = f.indexOf('name'), eci = f.indexOf('edge_count');
  const eti = ef.indexOf('type'), eni = ef.indexOf('name_or_index'), eto = ef.indexOf('to_node');
  const nodeCount = snap.nodes.length / N;
  const label = (i: number) => {
    const t = types[snap.nodes[i * N + ti]];
    let nm = String(snap.strings[snap.nodes[i * N + ni]]);
    if (t === 'string' || t === 'concatenated string') nm = '(string)';
    return `${t}:${nm.slice(0, 40)}`;
  };
  const firstEdge = new Uint32Array(nodeCount + 1);
  for (let i = 0, e = 0; i < nodeCount; i++) { firstEdge[i] = e; e += snap.nodes[i * N + eci] * E; firstEdge[i + 1] = e; }
  const parent = new Int32Array(nodeCount).fill(-1);
  const pedge = new Array<string>(nodeCount);
  const q = [0]; parent[0] = 0;
  for (let h = 0; h < q.length; h++) {
    const i = q[h]!;
    for (let e = firstEdge[i]!; e < firstEdge[i + 1]!; e += E) {
      const et = etypes[snap.edges[e + eti]];
      if (et === 'weak' || et === 'shortcut') continue;
      const to = snap.edges[e + eto] / N;
      if (parent[to] !== -1) continue;
      parent[to] = i;
      pedge[to] = et === 'element' || et === 'hidden' ? `[${snap.edges[e + eni]}]` : String(snap.strings[snap.edges[e + eni]]);
      q.push(to);
    }
  }
  let shown = 0;
  const seen = new Set<string>();
  for (let i = 0; i < nodeCount && shown < samples; i++) {
    if (label(i) !== key || parent[i] === -1) continue;
    const path: string[] = [];
    for (let j = i, d = 0; j !== 0 && d < 25; j = parent[j]!, d++) path.push(`${label(j)} <-${pedge[j]}-`);
    const s = path.join('\n     ');
    const sig = path.slice(3).join('|');
    if (seen.has(sig)) continue;
    seen.add(sig); shown++;
    console.log(`path for ${key}:\n     ${s}`);
  }
}

export function layersSizes(snap: any) {
  const f = snap.snapshot.meta.node_fields as string[];
  const ef = snap.snapshot.meta.edge_fields as string[];
  const etypes = snap.snapshot.meta.edge_types[0] as string[];
  const N = f.length, E = ef.length;
  const eci = f.indexOf('edge_count');
  const eti = ef.indexOf('type'), eni = ef.indexOf('name_or_index'), eto = ef.indexOf('to_node');
  const nodeCount = snap.nodes.length / N;
  const firstEdge = new Uint32Array(nodeCount + 1);
  for (let i = 0, e = 0; i < nodeCount; i++) { firstEdge[i] = e; e += snap.nodes[i * N + eci] * E; firstEdge[i + 1] = e; }
  const out: number[] = [];
  for (let i = 0; i < nodeCount; i++) {
    for (let e = firstEdge[i]!; e < firstEdge[i + 1]!; e += E) {
      if (etypes[snap.edges[e + eti]] !== 'property' || snap.strings[snap.edges[e + eni]] !== '_layers') continue;
      const to = snap.edges[e + eto] / N;
      let n = 0;
      for (let k = firstEdge[to]!; k < firstEdge[to + 1]!; k += E) if (['element', 'property'].includes(etypes[snap.edges[k + eti]])) n++;
      out.push(n);
    }
  }
  return out.sort((a, b) => b - a).slice(0, 8);
}
