import { render, screen, within } from '@testing-library/react';
import { i18n } from '../../lib/i18n';
import { BarChart as EagerBarChart } from './bar-chart';
import { GroupedBarChart as EagerGroupedBarChart } from './grouped-bar-chart';
import { LineChart as EagerLineChart } from './line-chart';
import { BarChart } from './index';

const bars = [
  { key: 'a', label: 'Mobiliteit', value: 400_000_00, display: '€ 400.000,00' },
  { key: 'b', label: 'Energie', value: 100_000_00, display: '€ 100.000,00' },
  { key: 'c', label: 'Wonen', value: 0, display: '€ 0,00' },
];

const barWidth = (figure: HTMLElement, label: string) => {
  const row = within(figure).getByText(label).closest('.koers-chart__row') as HTMLElement;
  return (row.querySelector('svg.koers-chart__bar') as SVGElement).style.width;
};

describe('the bar chart', () => {
  it('is one image for assistive technology, named after its title and the table beside it', () => {
    render(
      <EagerBarChart title="Budget per thema" table="Budget per thema, in euro" bars={bars} />,
    );
    const figure = screen.getByRole('img', {
      name: 'Budget per thema: grafiek; de cijfers staan in de tabel „Budget per thema, in euro”.',
    });
    expect(figure.tagName).toBe('FIGURE');
  });

  it('writes every label and value beside its bar, so it reads without colour', () => {
    render(<EagerBarChart title="Budget per thema" table="tabel" bars={bars} />);
    const figure = screen.getByRole('img');
    for (const bar of bars) {
      const row = within(figure).getByText(bar.label).closest('.koers-chart__row') as HTMLElement;
      expect(within(row).getByText(bar.display)).toBeInTheDocument();
    }
  });

  it('draws bars in proportion to the largest value, and none for zero', () => {
    render(<EagerBarChart title="t" table="tabel" bars={bars} />);
    const figure = screen.getByRole('img');
    expect(barWidth(figure, 'Mobiliteit')).toBe('60%');
    expect(barWidth(figure, 'Energie')).toBe('15%');
    expect(barWidth(figure, 'Wonen')).toBe('0%');
    const zero = within(figure).getByText('Wonen').closest('.koers-chart__row') as HTMLElement;
    expect(zero.querySelector('rect')).toBeNull();
  });

  it('draws nothing wrong for all-zero figures', () => {
    render(<EagerBarChart title="t" table="tabel" bars={[{ ...bars[2] }]} />);
    expect(barWidth(screen.getByRole('img'), 'Wonen')).toBe('0%');
  });

  it('speaks the chosen language', async () => {
    await i18n.changeLanguage('en');
    render(<EagerBarChart title="Budget by theme" table="Budget by theme" bars={bars} />);
    expect(
      screen.getByRole('img', {
        name: 'Budget by theme: chart; the figures are in the table “Budget by theme”.',
      }),
    ).toBeInTheDocument();
  });

  it('loads lazily through the shared entry point', async () => {
    render(<BarChart title="Lazy" table="tabel" bars={bars} />);
    expect(await screen.findByRole('img', { name: /^Lazy:/ })).toBeInTheDocument();
  });
});

describe('the grouped bar chart', () => {
  const series = [
    { key: 'budget', label: 'Begroot' },
    { key: 'spent', label: 'Besteed' },
  ];
  const groups = [
    {
      key: 'm',
      label: 'Mobiliteit',
      values: [
        { value: 200, display: '€ 2,00' },
        { value: 100, display: '€ 1,00' },
      ],
    },
  ];

  it('names each series in a legend and on each bar, with a different fill per series', () => {
    render(
      <EagerGroupedBarChart
        title="Begroot en besteed"
        table="tabel"
        series={series}
        groups={groups}
      />,
    );
    const figure = screen.getByRole('img');
    expect(within(figure).getByText('Begroot: € 2,00')).toBeInTheDocument();
    expect(within(figure).getByText('Besteed: € 1,00')).toBeInTheDocument();
    const legend = figure.querySelector('.koers-chart__legend') as HTMLElement;
    expect(legend).toHaveTextContent('BegrootBesteed');
    const marks = [...legend.querySelectorAll('rect')];
    expect(marks[0]).toHaveClass('koers-chart__mark--solid');
    expect(marks[1]).toHaveClass('koers-chart__mark--hatched');
    expect(marks[1].style.fill).toMatch(/^url\(#.+-hatched\)$/);
  });
});

describe('the line chart', () => {
  it('marks and labels every point in order', () => {
    const points = [
      { key: 'q1', label: 'K1', value: 10, display: '10%' },
      { key: 'q2', label: 'K2', value: 40, display: '40%' },
    ];
    render(<EagerLineChart title="Voortgang" table="tabel" points={points} />);
    const figure = screen.getByRole('img', { name: /^Voortgang:/ });
    expect([...figure.querySelectorAll('text')].map((text) => text.textContent)).toEqual([
      '10%',
      'K1',
      '40%',
      'K2',
    ]);
    expect(figure.querySelectorAll('rect.koers-chart__mark')).toHaveLength(2);
  });
});
