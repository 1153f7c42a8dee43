/** The business units as a tree: each unit under its parent, by name, top units first. */
export interface UnitNode {
  id: string;
  name: string;
  parentId?: string | null;
}

export interface UnitBranch extends UnitNode {
  depth: number;
}

/** The units in tree order (a parent before its children), each with its depth. A unit whose
 * parent is not among them is shown as a top unit, so that none is lost. */
export function treeOrder(units: UnitNode[]): UnitBranch[] {
  const known = new Set(units.map((unit) => unit.id));
  const children = new Map<string | null, UnitNode[]>();
  for (const unit of units) {
    const parent = unit.parentId && known.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const ordered: UnitBranch[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const unit of [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name))) {
      ordered.push({ ...unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}
