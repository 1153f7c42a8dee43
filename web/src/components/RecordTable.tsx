import { Anchor, Table } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";

/** One record in a list screen's table: its number, linking to its page, then its cells. */
export interface RecordRow {
  id: string;
  path: string;
  number: string;
  cells: ReactNode[];
}

/** A list screen's table of records: the headers (the number's first), one row a record. */
export function RecordTable({ headers, rows, minWidth = 600 }: { headers: string[]; rows: RecordRow[]; minWidth?: number }) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header) => (
              <Table.Th key={header}>{header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>
                <Anchor component={Link} to={row.path}>
                  {row.number}
                </Anchor>
              </Table.Td>
              {row.cells.map((cell, column) => (
                <Table.Td key={headers[column + 1] ?? column}>{cell}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
