// Only the chart.js parts a line or bar chart with a target line needs.
import {
  type ChartDataset,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

export interface MeasureChartData {
  type: 'line' | 'bar';
  title: string;
  labels: string[];
  values: number[];
  unit: string;
  target?: { value: number; label: string };
}

/** Draws one measure: its values, and the target as a dashed line labelled in the legend. */
export function drawMeasure(canvas: HTMLCanvasElement, data: MeasureChartData): Chart {
  const datasets: ChartDataset<'bar' | 'line', number[]>[] = [
    {
      type: data.type,
      label: data.title,
      data: data.values,
      backgroundColor: '#1d4f91',
      borderColor: '#1d4f91',
      pointRadius: 4,
      pointStyle: 'circle',
    },
  ];
  if (data.target) {
    datasets.push({
      type: 'line',
      label: data.target.label,
      data: data.labels.map(() => data.target!.value),
      borderColor: '#0b0c0c',
      borderDash: [6, 4],
      borderWidth: 2,
      pointRadius: 0,
      fill: false,
    });
  }
  return new Chart(canvas, {
    type: data.type,
    data: { labels: data.labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { y: { beginAtZero: true, title: { display: true, text: data.unit } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}
