namespace QuasiMarketSim.Experiments;
