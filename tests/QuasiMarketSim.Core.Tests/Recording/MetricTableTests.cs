using QuasiMarketSim.Core.Recording;

namespace QuasiMarketSim.Core.Tests.Recording;

public class MetricTableTests
{
    [Fact]
    public void Add_appends_a_copy_and_column_reads_values_in_row_order()
    {
        var table = new MetricTable(["a", "b", "c"]);
        double[] row = [1, 2, 3];
        table.Add(row);
        row[0] = 100; // the table keeps its own copy
        table.Add([4, 5, 6]);

        Assert.Equal(2, table.Rows.Count);
        Assert.Equal([1.0, 2, 3], table.Rows[0]);
        Assert.Equal([1.0, 4], table.Column("a"));
        Assert.Equal([2.0, 5], table.Column("b"));
        Assert.Equal([3.0, 6], table.Column("c"));
    }

    [Fact]
    public void Index_of_finds_columns_and_returns_minus_one_otherwise()
    {
        var table = new MetricTable(["x", "y"]);
        Assert.Equal(0, table.IndexOf("x"));
        Assert.Equal(1, table.IndexOf("y"));
        Assert.Equal(-1, table.IndexOf("z"));
        Assert.Equal(-1, table.IndexOf("X"));
        Assert.Equal(["x", "y"], table.Columns);
    }

    [Fact]
    public void Column_of_an_unknown_name_throws()
    {
        var table = new MetricTable(["x"]);
        Assert.Throws<KeyNotFoundException>(() => table.Column("nope"));
    }

    [Fact]
    public void Column_of_an_empty_table_is_empty()
    {
        Assert.Empty(new MetricTable(["x"]).Column("x"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(4)]
    public void A_row_of_the_wrong_length_is_rejected_and_not_added(int length)
    {
        var table = new MetricTable(["a", "b", "c"]);
        var ex = Assert.Throws<ArgumentException>(() => table.Add(new double[length]));
        Assert.Equal("row", ex.ParamName);
        Assert.Empty(table.Rows);
    }
}
