# The benchmarks-game n-body simulation: float arithmetic on tuples.
defmodule NBody do
  @pi 3.141592653589793
  @solar_mass 4 * @pi * @pi
  @days 365.24

  def bodies do
    [
      {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, @solar_mass},
      {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
       1.66007664274403694e-03 * @days, 7.69901118419740425e-03 * @days,
       -6.90460016972063023e-05 * @days, 9.54791938424326609e-04 * @solar_mass},
      {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
       -2.76742510726862411e-03 * @days, 4.99852801234917238e-03 * @days,
       2.30417297573763929e-05 * @days, 2.85885980666130812e-04 * @solar_mass},
      {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
       2.96460137564761618e-03 * @days, 2.37847173959480950e-03 * @days,
       -2.96589568540237556e-05 * @days, 4.36624404335156298e-05 * @solar_mass},
      {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
       2.68067772490389322e-03 * @days, 1.62824170038242295e-03 * @days,
       -9.51592254519715870e-05 * @days, 5.15138902046611451e-05 * @solar_mass}
    ]
  end

  def offset_momentum([{x, y, z, _, _, _, m} | rest] = bodies) do
    {px, py, pz} =
      Enum.reduce(bodies, {0.0, 0.0, 0.0}, fn {_, _, _, vx, vy, vz, mass}, {px, py, pz} ->
        {px + vx * mass, py + vy * mass, pz + vz * mass}
      end)

    [{x, y, z, -px / @solar_mass, -py / @solar_mass, -pz / @solar_mass, m} | rest]
  end

  def energy([]), do: 0.0

  def energy([{x, y, z, vx, vy, vz, m} | rest]) do
    e = 0.5 * m * (vx * vx + vy * vy + vz * vz)

    e =
      Enum.reduce(rest, e, fn {x2, y2, z2, _, _, _, m2}, acc ->
        dx = x - x2
        dy = y - y2
        dz = z - z2
        acc - m * m2 / :math.sqrt(dx * dx + dy * dy + dz * dz)
      end)

    e + energy(rest)
  end

  def advance(bodies, 0), do: bodies
  def advance(bodies, n), do: advance(step(bodies, 0.01), n - 1)

  defp step(bodies, dt) do
    bodies |> velocities(dt) |> Enum.map(&move(&1, dt))
  end

  defp move({x, y, z, vx, vy, vz, m}, dt), do: {x + dt * vx, y + dt * vy, z + dt * vz, vx, vy, vz, m}

  defp velocities([], _dt), do: []

  defp velocities([b | rest], dt) do
    {b, rest} = pull(b, rest, dt, [])
    [b | velocities(rest, dt)]
  end

  defp pull(b, [], _dt, acc), do: {b, Enum.reverse(acc)}

  defp pull({x, y, z, vx, vy, vz, m}, [{x2, y2, z2, vx2, vy2, vz2, m2} | rest], dt, acc) do
    dx = x - x2
    dy = y - y2
    dz = z - z2
    d2 = dx * dx + dy * dy + dz * dz
    mag = dt / (d2 * :math.sqrt(d2))
    b = {x, y, z, vx - dx * m2 * mag, vy - dy * m2 * mag, vz - dz * m2 * mag, m}
    other = {x2, y2, z2, vx2 + dx * m * mag, vy2 + dy * m * mag, vz2 + dz * m * mag, m2}
    pull(b, rest, dt, [other | acc])
  end
end

steps = 200_000
{us, {e0, e1}} =
  :timer.tc(fn ->
    b = NBody.offset_momentum(NBody.bodies())
    {NBody.energy(b), NBody.energy(NBody.advance(b, steps))}
  end)

IO.puts(:erlang.float_to_binary(e0, decimals: 9))
IO.puts(:erlang.float_to_binary(e1, decimals: 9))
IO.puts(:stderr, "time_us #{us}")
