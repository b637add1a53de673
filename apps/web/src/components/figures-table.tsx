import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type ReactNode, useId } from 'react';
import { ScrollsWhenNarrow } from './scrolls-when-narrow';

export interface FiguresColumn {
  header: ReactNode;
  /** Amounts and counts: the heading and every cell of the column get `koers-number`. */
  numeric?: boolean;
}

export interface FiguresRow {
  key: string;
  /** The row's header cell, in the first column. */
  header: ReactNode;
  /** One cell per further column, in column order. */
  cells: ReactNode[];
}

export interface FiguresTableProps {
  /** Names the table for screen readers. */
  caption: ReactNode;
  className?: string;
  /** The first column is the one holding the row headers. */
  columns: FiguresColumn[];
  rows: FiguresRow[];
  /** A closing row, such as the total; a `null` cell stays blank. */
  footer?: Omit<FiguresRow, 'key'>;
}

/**
 * A table of figures: a caption, column headings, and rows that each start with a row header.
 * Numeric columns get `koers-number`; a blank (`null`) cell gets no number formatting.
 */
export function FiguresTable({ caption, className, columns, rows, footer }: FiguresTableProps) {
  const captionId = useId();
  const renderCells = (cells: ReactNode[]) =>
    cells.map((cell, index) =>
      cell === null || cell === undefined ? (
        <TableCell key={index} />
      ) : (
        <TableCell key={index} className={columns[index + 1]?.numeric ? 'koers-number' : undefined}>
          {cell}
        </TableCell>
      ),
    );

  return (
    <ScrollsWhenNarrow captionId={captionId}>
      <Table className={className}>
        <TableCaption id={captionId}>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column, index) => (
              <TableHeaderCell
                key={index}
                scope="col"
                className={column.numeric ? 'koers-number' : undefined}
              >
                {column.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableHeaderCell scope="row">{row.header}</TableHeaderCell>
              {renderCells(row.cells)}
            </TableRow>
          ))}
        </TableBody>
        {footer && (
          <TableFooter>
            <TableRow>
              <TableHeaderCell scope="row">{footer.header}</TableHeaderCell>
              {renderCells(footer.cells)}
            </TableRow>
          </TableFooter>
        )}
      </Table>
    </ScrollsWhenNarrow>
  );
}
