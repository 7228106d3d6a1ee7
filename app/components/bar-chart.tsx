// A horizontal bar chart (Chart.js through react-chartjs-2), drawn in the browser once the
// page is interactive; the same numbers are always in a table beside it. Horizontal bars
// keep long Indonesian labels readable on a phone.
import { BarElement, CategoryScale, Chart as ChartJS, LinearScale, Tooltip } from "chart.js";
import { useEffect, useState } from "react";
import { Bar } from "react-chartjs-2";

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip);

export function BarChart({ labels, values, label }: { labels: string[]; values: number[]; label: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  // About 2rem per bar, so every label fits however many there are.
  const height = Math.max(120, labels.length * 32 + 40);
  return (
    <div className="chart" style={{ height }} role="img" aria-label={label} data-chart>
      {ready ? (
        <Bar
          // The wrapper is the image and bears its name; the canvas react-chartjs-2 draws is
          // role="img" too, without a name (axe: role-img-alt), so it is hidden from assistive technology.
          aria-hidden="true"
          data={{ labels, datasets: [{ label, data: values, backgroundColor: "#0f5c4c" }] }}
          options={{ indexAxis: "y", maintainAspectRatio: false, responsive: true, animation: false, plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true } } }}
        />
      ) : null}
    </div>
  );
}
